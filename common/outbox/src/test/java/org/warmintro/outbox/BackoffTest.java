package org.warmintro.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How long a failed attempt waits before the next: doubling, capped, and spread so retries do not bunch. */
class BackoffTest {

    private static final Backoff EMAILS = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    private static final RandomGenerator LONGEST = FixedDraw.LONGEST;
    private static final RandomGenerator SHORTEST = FixedDraw.SHORTEST;

    @Test
    void theWaitDoublesWithEachFailedAttempt() {
        assertThat(EMAILS.after(1, LONGEST)).isEqualTo(Duration.ofSeconds(30));
        assertThat(EMAILS.after(2, LONGEST)).isEqualTo(Duration.ofMinutes(1));
        assertThat(EMAILS.after(3, LONGEST)).isEqualTo(Duration.ofMinutes(2));
        assertThat(EMAILS.after(7, LONGEST)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theJitterNeverWaitsLessThanHalfTheWait() {
        assertThat(EMAILS.after(1, SHORTEST)).isEqualTo(Duration.ofSeconds(15));
        assertThat(EMAILS.after(3, SHORTEST)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        // 30 s doubled seven times is 64 min
        assertThat(EMAILS.after(8, LONGEST)).isEqualTo(Duration.ofHours(1));
        assertThat(EMAILS.after(8, SHORTEST)).isEqualTo(Duration.ofMinutes(30));
        Backoff shortCeiling = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(12));
        assertThat(shortCeiling.after(2, LONGEST)).isEqualTo(Duration.ofSeconds(10));
        assertThat(shortCeiling.after(3, LONGEST)).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aVeryLongOutageNeitherOverflowsNorExceedsTheMaximum() {
        for (int failedAttempts : new int[] {31, 32, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(EMAILS.after(failedAttempts, LONGEST)).as("after %d failures", failedAttempts)
                    .isEqualTo(Duration.ofHours(1));
            assertThat(EMAILS.after(failedAttempts, SHORTEST)).as("after %d failures", failedAttempts)
                    .isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void attemptsHeldBackByTheSameOutageDoNotAllComeBackAtTheSameInstant() {
        Random random = new Random(7);

        Set<Duration> waits = IntStream.range(0, 1_000).mapToObj(i -> EMAILS.after(1, random))
                .collect(Collectors.toSet());

        assertThat(waits).hasSizeGreaterThan(500)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30)));
        assertThat(waits.stream().min(Duration::compareTo).orElseThrow()).isLessThan(Duration.ofSeconds(17));
        assertThat(waits.stream().max(Duration::compareTo).orElseThrow()).isGreaterThan(Duration.ofSeconds(28));
    }
}

package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How long a failed email waits before its next attempt: doubling, capped, and spread so retries do not bunch. */
class BackoffTest {

    private static final Backoff DEFAULTS = Backoff.of(retry(Duration.ofSeconds(30), Duration.ofHours(1)));

    /** Draws the longest wait the jitter allows. */
    private static final RandomGenerator LONGEST = new FixedDraw(true);
    /** Draws the shortest wait the jitter allows. */
    private static final RandomGenerator SHORTEST = new FixedDraw(false);

    @Test
    void theWaitDoublesWithEachFailedAttempt() {
        assertThat(DEFAULTS.after(1, LONGEST)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DEFAULTS.after(2, LONGEST)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.after(3, LONGEST)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DEFAULTS.after(7, LONGEST)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theJitterNeverWaitsLessThanHalfTheWait() {
        assertThat(DEFAULTS.after(1, SHORTEST)).isEqualTo(Duration.ofSeconds(15));
        assertThat(DEFAULTS.after(3, SHORTEST)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        // 30 s doubled seven times is 64 min
        assertThat(DEFAULTS.after(8, LONGEST)).isEqualTo(Duration.ofHours(1));
        assertThat(DEFAULTS.after(8, SHORTEST)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aVeryLongOutageNeitherOverflowsNorExceedsTheMaximum() {
        for (int failedAttempts : new int[] {31, 32, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(DEFAULTS.after(failedAttempts, LONGEST)).as("after %d failures", failedAttempts)
                    .isEqualTo(Duration.ofHours(1));
            assertThat(DEFAULTS.after(failedAttempts, SHORTEST)).as("after %d failures", failedAttempts)
                    .isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void emailsHeldBackByTheSameOutageDoNotAllComeBackAtTheSameInstant() {
        Random random = new Random(7);

        Set<Duration> waits = IntStream.range(0, 1_000).mapToObj(i -> DEFAULTS.after(1, random))
                .collect(Collectors.toSet());

        assertThat(waits).hasSizeGreaterThan(500)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30)));
        assertThat(waits.stream().min(Duration::compareTo).orElseThrow()).isLessThan(Duration.ofSeconds(17));
        assertThat(waits.stream().max(Duration::compareTo).orElseThrow()).isGreaterThan(Duration.ofSeconds(28));
    }

    @Test
    void theConfiguredRetrySettingsAreTheOnesUsed() {
        Backoff configured = Backoff.of(retry(Duration.ofSeconds(5), Duration.ofSeconds(12)));

        assertThat(configured.after(1, LONGEST)).isEqualTo(Duration.ofSeconds(5));
        assertThat(configured.after(2, LONGEST)).isEqualTo(Duration.ofSeconds(10));
        assertThat(configured.after(3, LONGEST)).isEqualTo(Duration.ofSeconds(12));
    }

    private static DeliveryConfig.Retry retry(Duration initialBackoff, Duration maxBackoff) {
        return new DeliveryConfig.Retry() {
            @Override
            public int maxAttempts() {
                return 8;
            }

            @Override
            public Duration initialBackoff() {
                return initialBackoff;
            }

            @Override
            public Duration maxBackoff() {
                return maxBackoff;
            }
        };
    }

    /** A draw at one end of the bound it is asked for. */
    private record FixedDraw(boolean highest) implements RandomGenerator {

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("Backoff draws within a bound");
        }

        @Override
        public long nextLong(long bound) {
            return highest ? bound - 1 : 0;
        }
    }
}

package org.warmintro.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the wait doubles with each failed attempt up to a ceiling, and each wait is drawn
 * between half and all of it, so that what an outage held back does not all come back at the same instant.
 */
public record Backoff(Duration initial, Duration max) {

    /** @param failedAttempts how many attempts failed so far, at least one */
    public Duration after(int failedAttempts, RandomGenerator random) {
        long ceiling = max.toMillis();
        long exponential = initial.toMillis() << Math.min(failedAttempts - 1, 30);
        long wait = exponential <= 0 || exponential > ceiling ? ceiling : exponential;
        return Duration.ofMillis(wait / 2 + random.nextLong(wait / 2 + 1));
    }
}

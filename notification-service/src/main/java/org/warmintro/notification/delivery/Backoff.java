package org.warmintro.notification.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the wait doubles with each failed attempt up to a ceiling, and each wait is drawn
 * between half and all of it, so that the emails held back by an outage do not all come back at the same instant.
 */
record Backoff(Duration initial, Duration max) {

    static Backoff of(DeliveryConfig.Retry retry) {
        return new Backoff(retry.initialBackoff(), retry.maxBackoff());
    }

    /** @param failedAttempts how many attempts failed so far, at least one */
    Duration after(int failedAttempts, RandomGenerator random) {
        long ceiling = max.toMillis();
        long exponential = initial.toMillis() << Math.min(failedAttempts - 1, 30);
        long wait = exponential <= 0 || exponential > ceiling ? ceiling : exponential;
        return Duration.ofMillis(wait / 2 + random.nextLong(wait / 2 + 1));
    }
}

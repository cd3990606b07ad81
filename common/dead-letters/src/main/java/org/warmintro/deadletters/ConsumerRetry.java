package org.warmintro.deadletters;

/**
 * The retry policy of every consumer before it dead-letters a record, for their {@code @Retry} and
 * {@code @ExponentialBackoff}: 0.5 s, doubling up to 10 s between attempts, for up to 45 s. A record that can never
 * be processed is excluded through {@code abortOn} and parked at once. Each consumer method may be tuned by
 * {@code quarkus.fault-tolerance."<class>/<method>".*} properties, as the tests do.
 */
public final class ConsumerRetry {

    public static final long DELAY_MS = 500;
    public static final long JITTER_MS = 250;
    public static final long MAX_DURATION_MS = 45_000;
    public static final int BACKOFF_FACTOR = 2;
    public static final long MAX_DELAY_MS = 10_000;

    private ConsumerRetry() {
    }
}

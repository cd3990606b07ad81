package org.warmintro.benchmarks.load;

/**
 * When each operation of an open loop is meant to start: one every {@code 1/rate} seconds from {@code start},
 * whatever became of the ones before. A sender that falls behind (a pause of its own, a full connection pool) sends
 * what is due at once, and each operation's latency counts from its intended start, so a stall shows in the
 * latencies instead of silently lowering the load (coordinated omission).
 */
public final class OpenLoopSchedule {

    private final long startNanos;
    private final double periodNanos;

    public OpenLoopSchedule(long startNanos, double ratePerSecond) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be positive: " + ratePerSecond);
        }
        this.startNanos = startNanos;
        this.periodNanos = 1e9 / ratePerSecond;
    }

    /** When operation {@code n} (from 0) is meant to start, on the {@link System#nanoTime()} clock. */
    public long intendedStart(long n) {
        return startNanos + Math.round(n * periodNanos);
    }

    /** How many operations are meant to have started by {@code nanos}: those with an intended start up to it. */
    public long dueBy(long nanos) {
        if (nanos < startNanos) {
            return 0;
        }
        return (long) Math.floor((nanos - startNanos) / periodNanos) + 1;
    }
}

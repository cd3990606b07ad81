package org.warmintro.benchmarks.load;

import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * What one measured window of a load gave.
 *
 * @param completed   operations that succeeded in the window
 * @param errors      operations that failed in the window
 * @param seconds     the window's length
 * @param latencies   of the successful operations, in microseconds; from the intended start in an open loop
 * @param firstError  what the first failure said, or null
 * @param overloaded  an open loop gave up because too many operations were outstanding: the latencies are then
 *                    those of the operations that completed, and the real ones are higher
 */
public record LoadResult(long completed, long errors, double seconds, Histogram latencies, String firstError,
        boolean overloaded) {

    public double throughput() {
        return completed / seconds;
    }

    /** The latency at {@code percentile} (0 to 100), in milliseconds. */
    public double millisAt(double percentile) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    public String summary() {
        return String.format(Locale.ROOT, "%,.0f/s over %.0f s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors%s%s",
                throughput(), seconds, millisAt(50), millisAt(99), latencies.getMaxValue() / 1000.0, errors,
                firstError == null ? "" : " (first: " + firstError + ")", overloaded ? ", OVERLOADED" : "");
    }
}

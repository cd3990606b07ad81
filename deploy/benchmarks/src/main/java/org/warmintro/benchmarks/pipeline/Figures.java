package org.warmintro.benchmarks.pipeline;

import java.util.Locale;

import org.warmintro.benchmarks.load.LoadResult;

/** Figures made from what the load generator measured: errors and overload said beside the value. */
final class Figures {

    private Figures() {
    }

    /** The p99 of an open loop. */
    static Figure latency(String name, LoadResult result, double targetMs) {
        return Figure.of(name, Kind.MILLISECONDS, result.millisAt(99), targetMs).noting(note(result, true));
    }

    /** The throughput of a closed loop. */
    static Figure throughput(String name, LoadResult result, double target) {
        return Figure.of(name, Kind.THROUGHPUT, result.throughput(), target).noting(note(result, false));
    }

    static Figure ceilingLatency(String name, LoadResult result) {
        return latency(name, result, Double.NaN);
    }

    static Figure ceilingThroughput(String name, LoadResult result) {
        return throughput(name, result, Double.NaN);
    }

    private static String note(LoadResult result, boolean latency) {
        StringBuilder note = new StringBuilder();
        if (latency && result.latencies().getTotalCount() > 0) {
            note.append(String.format(Locale.ROOT, "p50 %s", Kind.MILLISECONDS.format(result.millisAt(50))));
        }
        if (result.errors() > 0) {
            String first = result.firstError();
            append(note, String.format(Locale.ROOT, "%,d errors, the first: %s", result.errors(),
                    first.length() > 120 ? first.substring(0, 120) + "..." : first));
        }
        if (result.overloaded()) {
            append(note, "overloaded: it fell behind the rate, the real p99 is higher");
        }
        return note.isEmpty() ? null : note.toString();
    }

    private static void append(StringBuilder note, String text) {
        if (!note.isEmpty()) {
            note.append("; ");
        }
        note.append(text);
    }

    /** The rate of an open loop: the target if the closed loop reached it, else 80% of what it reached. */
    static double latencyRate(double target, LoadResult closed) {
        return Math.max(1, Math.min(target, 0.8 * closed.throughput()));
    }
}

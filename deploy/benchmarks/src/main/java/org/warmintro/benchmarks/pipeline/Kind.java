package org.warmintro.benchmarks.pipeline;

import java.util.Locale;

/** What a figure counts, how it is written, and which way is better. */
enum Kind {

    THROUGHPUT(true) {
        @Override
        String format(double value) {
            return String.format(Locale.ROOT, "%,.0f/s", value);
        }
    },
    MILLISECONDS(false) {
        @Override
        String format(double value) {
            String pattern = value < 10 ? "%.2f ms" : value < 100 ? "%.1f ms" : "%,.0f ms";
            return String.format(Locale.ROOT, pattern, value);
        }
    },
    SECONDS(false) {
        @Override
        String format(double value) {
            return String.format(Locale.ROOT, "%.1f s", value);
        }
    },
    MEGABYTES(false) {
        @Override
        String format(double value) {
            return String.format(Locale.ROOT, "%,.0f MB", value);
        }
    };

    private final boolean higherIsBetter;

    Kind(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    abstract String format(double value);

    boolean meets(double value, double target) {
        return higherIsBetter ? value >= target : value <= target;
    }

    String bound(double target) {
        return (higherIsBetter ? "≥ " : "≤ ") + format(target);
    }
}

package org.warmintro.benchmarks.pipeline;

import java.util.Locale;

/**
 * One line of the table: what the product did, what the bare stack under it did in the same run, and the target.
 *
 * @param product      NaN when it could not be measured ({@code note} says why)
 * @param ceiling      NaN when the figure has no ceiling
 * @param ceilingName  which ceiling, e.g. "bare Quarkus GET"
 * @param target       NaN when the figure has no target
 * @param condition    null, or why the target is not met whatever the value, e.g. "measured at 400/s, not 3,000/s"
 */
record Figure(String name, Kind kind, double product, String note, double ceiling, String ceilingName, double target,
        String condition) {

    static Figure of(String name, Kind kind, double product, double target) {
        return new Figure(name, kind, product, null, Double.NaN, null, target, null);
    }

    Figure against(double ceiling, String ceilingName) {
        return new Figure(name, kind, product, note, ceiling, ceilingName, target, condition);
    }

    Figure noting(String text) {
        return new Figure(name, kind, product, text, ceiling, ceilingName, target, condition);
    }

    /** The target holds only under {@code condition}; {@code unmet} says why it is not met when it does not hold. */
    Figure onlyIf(boolean holds, String unmet) {
        return holds ? this : new Figure(name, kind, product, note, ceiling, ceilingName, target, unmet);
    }

    static Figure failed(String name, Kind kind, double target, String why) {
        return new Figure(name, kind, Double.NaN, why, Double.NaN, null, target, null);
    }

    String productCell() {
        String value = Double.isNaN(product) ? "–" : kind.format(product);
        return note == null ? value : value + " (" + note + ")";
    }

    String ceilingCell() {
        if (Double.isNaN(ceiling)) {
            return "–";
        }
        return ceilingName == null ? kind.format(ceiling) : kind.format(ceiling) + " " + ceilingName;
    }

    /** The product over its ceiling: below 1 a throughput short of it, above 1 a latency or size beyond it. */
    String ratioCell() {
        if (Double.isNaN(ceiling) || Double.isNaN(product) || ceiling == 0) {
            return "–";
        }
        double ratio = product / ceiling;
        String pattern = ratio >= 10 ? "%.0f×" : ratio >= 1 ? "%.1f×" : ratio >= 0.1 ? "%.2f×" : "%.3f×";
        return String.format(Locale.ROOT, pattern, ratio);
    }

    String targetCell() {
        return Double.isNaN(target) ? "–" : kind.bound(target);
    }

    String metCell() {
        if (Double.isNaN(target)) {
            return "–";
        }
        if (Double.isNaN(product)) {
            return "no";
        }
        if (!kind.meets(product, target)) {
            return "no";
        }
        return condition == null ? "yes" : "no: " + condition;
    }
}

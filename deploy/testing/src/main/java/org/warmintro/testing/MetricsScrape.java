package org.warmintro.testing;

import java.util.Arrays;

/** Reads one figure out of a Prometheus scrape (the text of {@code /q/metrics}), as a dashboard would. */
public final class MetricsScrape {

    private MetricsScrape() {
    }

    /**
     * The sum of the samples of {@code metric} whose labels include every {@code label="value"} given; 0 when there
     * is none, as for a counter that has not counted yet.
     *
     * @param labels {@code name, value} pairs
     */
    public static double value(String scrape, String metric, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs: " + Arrays.toString(labels));
        }
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
                continue;
            }
            // a sample may end with an exemplar (" # {trace_id=...} value timestamp") when traces are recorded
            int exemplar = line.indexOf(" # ");
            String sample = exemplar < 0 ? line : line.substring(0, exemplar);
            int valueStart = sample.lastIndexOf(' ');
            String series = sample.substring(0, valueStart);
            boolean matches = true;
            for (int i = 0; i < labels.length; i += 2) {
                matches &= series.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (matches) {
                sum += Double.parseDouble(sample.substring(valueStart + 1));
            }
        }
        return sum;
    }
}

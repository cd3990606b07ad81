package org.warmintro.benchmarks.pipeline;

import java.util.Map;
import java.util.TreeMap;

/**
 * A Prometheus histogram as a scrape shows it (cumulative {@code _bucket{le="..."}} counts), so that the difference of
 * two scrapes gives the distribution of what happened between them, and its quantiles are read as Prometheus'
 * {@code histogram_quantile} reads them: linearly within the bucket where the quantile falls.
 */
final class BucketHistogram {

    /** Upper bound (+Inf for the last bucket) → how many observations were at most that. */
    private final TreeMap<Double, Double> cumulative;

    private BucketHistogram(TreeMap<Double, Double> cumulative) {
        this.cumulative = cumulative;
    }

    /** The buckets of {@code metric} (its name without {@code _bucket}) in a scrape; none when it is absent. */
    static BucketHistogram parse(String scrape, String metric) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = metric + "_bucket{";
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            int le = line.indexOf("le=\"");
            int leEnd = line.indexOf('"', le + 4);
            String bound = line.substring(le + 4, leEnd);
            int exemplar = line.indexOf(" # ");
            String sample = exemplar < 0 ? line : line.substring(0, exemplar);
            double count = Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
            buckets.merge(bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound), count,
                    Double::sum);
        }
        return new BucketHistogram(buckets);
    }

    /** What was observed after {@code earlier}: bucket by bucket, this one's counts less the earlier ones. */
    BucketHistogram since(BucketHistogram earlier) {
        TreeMap<Double, Double> difference = new TreeMap<>();
        cumulative.forEach((bound, count) -> difference.put(bound,
                count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new BucketHistogram(difference);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /**
     * The value under which a share {@code q} (0 to 1) of the observations fall, in the unit of the bounds; NaN without
     * observations. Beyond the highest finite bound it answers that bound, as Prometheus does.
     */
    double quantile(double q) {
        double total = count();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            double bound = bucket.getKey();
            double count = bucket.getValue();
            if (count >= rank) {
                if (Double.isInfinite(bound)) {
                    return lowerBound;
                }
                double inBucket = count - lowerCount;
                return inBucket == 0 ? bound : lowerBound + (bound - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bound;
            lowerCount = count;
        }
        return lowerBound;
    }
}

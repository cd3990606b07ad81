package org.warmintro.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BucketHistogramTest {

    private static final String METRIC = "warmintro_projection_lag_seconds";

    @Test
    void theDifferenceOfTwoScrapesIsWhatWasObservedBetweenThem() {
        BucketHistogram before = BucketHistogram.parse(scrape(10, 10, 10, 10), METRIC);
        BucketHistogram after = BucketHistogram.parse(scrape(10, 60, 109, 110), METRIC);

        BucketHistogram between = after.since(before);

        assertThat(between.count()).isEqualTo(100);
        assertThat(between.quantile(0.5)).as("half of them within 0.05 s").isCloseTo(0.05, within(1e-9));
        assertThat(between.quantile(0.99)).as("interpolated in the bucket up to 0.1 s").isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aQuantileWithinABucketIsInterpolatedLinearlyAsPrometheusDoes() {
        BucketHistogram histogram = BucketHistogram.parse(scrape(0, 0, 100, 100), METRIC);

        assertThat(histogram.quantile(0.25)).isCloseTo(0.0625, within(1e-9));
    }

    @Test
    void aQuantileBeyondTheHighestBoundIsThatBound() {
        BucketHistogram histogram = BucketHistogram.parse(scrape(0, 0, 0, 10), METRIC);

        assertThat(histogram.quantile(0.99)).isEqualTo(0.1);
    }

    @Test
    void withoutObservationsThereIsNoQuantile() {
        assertThat(BucketHistogram.parse(scrape(5, 5, 5, 5), METRIC).since(BucketHistogram.parse(scrape(5, 5, 5, 5),
                METRIC)).quantile(0.99)).isNaN();
        assertThat(BucketHistogram.parse("# nothing here\n", METRIC).count()).isZero();
    }

    /** Cumulative counts at 0.001, 0.05, 0.1 and +Inf, as Micrometer writes them, with an exemplar on one line. */
    private static String scrape(double upTo1ms, double upTo50ms, double upTo100ms, double all) {
        return """
                # HELP warmintro_projection_lag_seconds From a profile change's CloudEvent time to its storage
                # TYPE warmintro_projection_lag_seconds histogram
                warmintro_projection_lag_seconds{quantile="0.99"} 0.2
                warmintro_projection_lag_seconds_bucket{le="0.001"} %s
                warmintro_projection_lag_seconds_bucket{le="0.05"} %s # {trace_id="abc"} 0.04 1700000000.0
                warmintro_projection_lag_seconds_bucket{le="0.1"} %s
                warmintro_projection_lag_seconds_bucket{le="+Inf"} %s
                warmintro_projection_lag_seconds_count %s
                """.formatted(upTo1ms, upTo50ms, upTo100ms, all, all);
    }
}

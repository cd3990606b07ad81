package org.warmintro.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void aThroughputShortOfItsCeilingAndTargetShowsTheRatioAndIsNotMet() {
        Figure writes = Figure.of("contact writes", Kind.THROUGHPUT, 512, 3_000)
                .against(6_400, "JDBC outbox transaction");

        assertThat(writes.productCell()).isEqualTo("512/s");
        assertThat(writes.ceilingCell()).isEqualTo("6,400/s JDBC outbox transaction");
        assertThat(writes.ratioCell()).isEqualTo("0.080×");
        assertThat(writes.targetCell()).isEqualTo("≥ 3,000/s");
        assertThat(writes.metCell()).isEqualTo("no");
    }

    @Test
    void aLatencyWithinItsTargetIsMetAndItsRatioSaysHowFarAboveTheCeiling() {
        Figure read = Figure.of("GET one contact: p99", Kind.MILLISECONDS, 4.2, 5).against(1.5, "bare Quarkus GET");

        assertThat(read.productCell()).isEqualTo("4.20 ms");
        assertThat(read.ratioCell()).isEqualTo("2.8×");
        assertThat(read.metCell()).isEqualTo("yes");
    }

    @Test
    void aLatencyMeasuredBelowTheTargetRateDoesNotMeetTheTargetWhateverItsValue() {
        Figure read = Figure.of("GET one contact: p99", Kind.MILLISECONDS, 3, 5)
                .onlyIf(false, "at 1,200/s, not 15,000/s");

        assertThat(read.metCell()).isEqualTo("no: at 1,200/s, not 15,000/s");
    }

    @Test
    void aFigureThatCouldNotBeMeasuredSaysWhyAndIsNotMet() {
        Figure lag = Figure.failed("projection lag", Kind.MILLISECONDS, 100, "no change in the histogram");

        assertThat(lag.productCell()).isEqualTo("– (no change in the histogram)");
        assertThat(lag.ratioCell()).isEqualTo("–");
        assertThat(lag.metCell()).isEqualTo("no");
    }

    @Test
    void theTableLinesUpItsColumns() {
        ResultTable table = new ResultTable();
        table.add(Figure.of("import", Kind.SECONDS, 9.14, 5));
        table.add(Figure.of("a longer figure name", Kind.MEGABYTES, 312, 350));

        assertThat(table.markdown()).isEqualTo("""
                | figure               | product | ceiling | ratio | target   | met? |
                | -------------------- | ------- | ------- | ----- | -------- | ---- |
                | import               | 9.1 s   | –       | –     | ≤ 5.0 s  | no   |
                | a longer figure name | 312 MB  | –       | –     | ≤ 350 MB | yes  |
                """);
    }
}

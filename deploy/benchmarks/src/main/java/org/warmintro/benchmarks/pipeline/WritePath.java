package org.warmintro.benchmarks.pipeline;

import java.util.Locale;

import org.warmintro.benchmarks.load.LoadGenerator;
import org.warmintro.benchmarks.load.LoadResult;

/**
 * Contact writes sustained (closed loop for the highest rate, then an open loop at the target rate, or at 80% of the
 * highest if that is lower), and the lag of the profile projection behind them at 2,000 writes a second (or 80% of
 * the highest), as referral-service's histogram shows it.
 */
final class WritePath {

    static final double WRITES_TARGET = 3_000;
    static final double WRITES_P99_TARGET_MS = 20;
    static final double LAG_RATE = 2_000;
    static final double LAG_P99_TARGET_MS = 100;

    private final Platform platform;
    private final ContactWrites writes;
    private final ProjectionLag projection;
    private long behindBeforeLag;

    private LoadResult closed;
    private double rate = Double.NaN;
    private LoadResult open;
    private double lagRate = Double.NaN;
    private BucketHistogram lag;

    WritePath(Platform platform, ContactWrites writes, ProjectionLag projection) {
        this.platform = platform;
        this.writes = writes;
        this.projection = projection;
    }

    double rate() {
        return rate;
    }

    double lagRate() {
        return lagRate;
    }

    void sustain() {
        LoadGenerator sustained = platform.load.measuring(platform.options.sustained());
        Platform.step("Contact writes (create and update): closed loop, " + platform.options.connections()
                + " connections, " + platform.options.sustained().toSeconds() + " s");
        closed = sustained.closedLoop(writes, platform.options.connections());
        System.out.println("  " + closed.summary());
        rate = Figures.latencyRate(WRITES_TARGET, closed);
        projection.awaitSettled();
        Platform.step(String.format(Locale.ROOT, "Contact writes: open loop at %,.0f/s, %d s", rate,
                platform.options.sustained().toSeconds()));
        open = sustained.openLoop(writes, rate);
        System.out.println("  " + open.summary());
        behindBeforeLag = projection.awaitSettled();
    }

    void measureLag() {
        if (closed == null) {
            Platform.step("Contact writes: closed loop, to find the rate the projection lag is measured at");
            closed = platform.load.closedLoop(writes, platform.options.connections());
            System.out.println("  " + closed.summary());
            behindBeforeLag = projection.awaitSettled();
        }
        lagRate = Figures.latencyRate(LAG_RATE, closed);
        Platform.step(String.format(Locale.ROOT, "Profile change → projection: contact writes at %,.0f/s, %d s",
                lagRate, platform.options.measure().toSeconds()));
        BucketHistogram before = BucketHistogram.parse(projection.scrape(), ProjectionLag.METRIC);
        LoadResult lagLoad = platform.load.withoutWarmup().openLoop(writes, lagRate);
        System.out.println("  " + lagLoad.summary());
        projection.awaitSettled();
        lag = BucketHistogram.parse(projection.scrape(), ProjectionLag.METRIC).since(before);
        System.out.printf(Locale.ROOT, "  %,.0f changes stored: p50 %.1f ms, p99 %.1f ms%n", lag.count(),
                lag.quantile(0.5) * 1000, lag.quantile(0.99) * 1000);
    }

    void figures(ResultTable table, Ceilings ceilings) {
        if (closed != null && open != null) {
            Figure throughput = Figures.throughput(String.format(Locale.ROOT,
                    "contact writes (create, update): closed loop, %d s", platform.options.sustained().toSeconds()),
                    closed, WRITES_TARGET);
            table.add(ceilings.writeThroughput().map(c -> throughput.against(c.value(), c.name())).orElse(throughput));
            Figure latency = Figures.latency(String.format(Locale.ROOT, "contact writes: p99 at %,.0f/s, %d s", rate,
                            platform.options.sustained().toSeconds()), open, WRITES_P99_TARGET_MS)
                    .onlyIf(rate >= WRITES_TARGET, String.format(Locale.ROOT, "at %,.0f/s, not %,.0f/s", rate,
                            WRITES_TARGET));
            table.add(ceilings.writeP99(rate).map(c -> latency.against(c.value(), c.name())).orElse(latency));
        }
        if (lag != null) {
            String name = String.format(Locale.ROOT, "profile change → referral projection stored: p99 at %,.0f "
                    + "writes/s", lagRate);
            Figure figure = lag.count() == 0
                    ? Figure.failed(name, Kind.MILLISECONDS, LAG_P99_TARGET_MS,
                            "no change in " + ProjectionLag.METRIC + ": is referral-service up to date?")
                    : Figure.of(name, Kind.MILLISECONDS, lag.quantile(0.99) * 1000, LAG_P99_TARGET_MS)
                            .noting(String.format(Locale.ROOT, "p50 %s, %,.0f changes, from the service's histogram%s",
                                    Kind.MILLISECONDS.format(lag.quantile(0.5) * 1000), lag.count(),
                                    behindBeforeLag == 0 ? "" : String.format(Locale.ROOT,
                                            "; %,d earlier changes were still to project", behindBeforeLag)))
                            .onlyIf(lagRate >= LAG_RATE, String.format(Locale.ROOT, "at %,.0f/s, not %,.0f/s", lagRate,
                                    LAG_RATE));
            table.add(ceilings.kafkaEndToEndP99(lagRate).map(c -> figure.against(c, "Kafka end to end"))
                    .orElse(figure));
        }
    }
}

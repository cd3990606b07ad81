package org.warmintro.benchmarks.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.benchmarks.load.LoadGenerator;
import org.warmintro.benchmarks.load.LoadResult;
import org.warmintro.benchmarks.load.Operation;

/**
 * The bare stack under the services, measured through the same load generator as they are, at the rates their
 * latencies were measured at: a Quarkus GET and POST with nothing behind them, the database transaction of a write
 * with its outbox row, Kafka's producer and its way from producer to consumer, and an SMTP session to the mail server
 * the intros' emails go to.
 */
final class Ceilings {

    private static final Duration BARE_WARMUP = Duration.ofSeconds(20);

    /** A ceiling with the name of what it is. */
    record Named(double value, String name) {
    }

    private final Platform platform;
    private final ResultTable table;
    private double bareGet = Double.NaN;
    private final Map<Double, Double> bareGetP99 = new TreeMap<>();
    private double barePost = Double.NaN;
    private final Map<Double, Double> barePostP99 = new TreeMap<>();
    private double jdbc = Double.NaN;
    private final Map<Double, Double> jdbcP99 = new TreeMap<>();
    private final Map<Double, Double> kafkaEndToEndP99 = new TreeMap<>();
    private final Map<Double, Double> smtpP99 = new TreeMap<>();
    private double bareRssAtRest = Double.NaN;
    private double bareRssAfterLoad = Double.NaN;

    Ceilings(Platform platform, ResultTable table) {
        this.platform = platform;
        this.table = table;
    }

    /**
     * @param readRates  the rates of the reads' open loops
     * @param writeRate  the rate of the writes' open loop
     * @param lagRate    the rate of the writes whose projection lag was measured
     * @param introRate  the rate of the intros' accepts
     */
    void measure(Collection<Double> readRates, double writeRate, double lagRate, double introRate) throws Exception {
        String connections = platform.options.connections() + " connections";
        try (BareQuarkus bare = BareQuarkus.start(platform, platform.options.repository())) {
            bareRssAtRest = ResidentMemory.megabytes(bare.pid()).orElse(Double.NaN);
            String url = bare.url();
            String card = platform.expect(HttpMethod.GET, url, null, null, null, 200).body();
            Operation post = () -> HttpLoad.expect(platform.http.send(HttpMethod.POST,
                    url, null, "application/json", card), 201);
            Platform.step("Ceiling: bare Quarkus warm-up, GET and POST closed loops, " + BARE_WARMUP.toSeconds()
                    + " s each (the services had their demo and every step before)");
            LoadGenerator warmUp = new LoadGenerator(BARE_WARMUP, Duration.ofSeconds(1));
            warmUp.closedLoop(() -> HttpLoad.expect(platform.http.get(url, null), 200), platform.options.connections());
            warmUp.closedLoop(post, platform.options.connections());
            bareGet = closed("bare Quarkus GET: closed loop, " + connections,
                    () -> HttpLoad.expect(platform.http.get(url, null), 200));
            for (double rate : new TreeSet<>(readRates)) {
                bareGetP99.put(rate, open("bare Quarkus GET", rate,
                        () -> HttpLoad.expect(platform.http.get(url, null), 200)));
            }
            barePost = closed("bare Quarkus POST: closed loop, " + connections, post);
            barePostP99.put(writeRate, open("bare Quarkus POST", writeRate, post));
            bareRssAfterLoad = ResidentMemory.megabytes(bare.pid()).orElse(Double.NaN);
        }
        Platform.step("PostgreSQL: " + JdbcOutbox.durability(platform.options.postgres()));
        try (JdbcOutbox outbox = JdbcOutbox.prepare(platform.options.postgres(), platform.options.jdbcThreads())) {
            jdbc = closed("JDBC transaction, a row and an outbox row: closed loop, " + platform.options.jdbcThreads()
                    + " threads", outbox, platform.options.jdbcThreads());
            jdbcP99.put(writeRate, open("JDBC transaction, a row and an outbox row", writeRate, outbox));
        }
        try (KafkaScratch kafka = KafkaScratch.create(platform.options.kafkaBootstrap())) {
            closed("Kafka producer, 1 KiB records, acks=all, idempotent, 6 partitions: closed loop, "
                    + platform.options.kafkaInFlight() + " in flight", kafka.send(), platform.options.kafkaInFlight());
            try (KafkaScratch.EndToEnd endToEnd = kafka.endToEnd()) {
                kafkaEndToEndP99.put(lagRate, open("Kafka end to end, producer to consumer, 1 KiB", lagRate, endToEnd));
            }
        }
        try (SmtpSession smtp = new SmtpSession(platform.options.smtp())) {
            smtpP99.put(introRate, open("SMTP session, 3 recipients, to the local run's mail server", introRate, smtp));
        }
        table.addCeiling(Figure.of("bare Quarkus RSS at rest", Kind.MEGABYTES, bareRssAtRest, Double.NaN));
        table.addCeiling(Figure.of("bare Quarkus RSS after its load", Kind.MEGABYTES, bareRssAfterLoad, Double.NaN));
    }

    private double closed(String name, Operation operation) {
        return closed(name, operation, platform.options.connections());
    }

    private double closed(String name, Operation operation, int concurrency) {
        Platform.step("Ceiling: " + name);
        LoadResult result = platform.load.closedLoop(operation, concurrency);
        System.out.println("  " + result.summary());
        table.addCeiling(Figures.ceilingThroughput(name, result));
        return result.throughput();
    }

    private double open(String name, double rate, Operation operation) {
        String described = String.format(Locale.ROOT, "%s: p99 at %,.0f/s", name, rate);
        Platform.step("Ceiling: " + described);
        LoadResult result = platform.load.openLoop(operation, rate);
        System.out.println("  " + result.summary());
        table.addCeiling(Figures.ceilingLatency(described, result));
        return result.millisAt(99);
    }

    Optional<Double> bareGetThroughput() {
        return present(bareGet);
    }

    Optional<Double> bareGetP99(double rate) {
        return Optional.ofNullable(bareGetP99.get(rate));
    }

    /** The lower of the two floors of a write: Quarkus' POST and the database's transaction. */
    Optional<Named> writeThroughput() {
        if (Double.isNaN(barePost) || Double.isNaN(jdbc)) {
            return Optional.empty();
        }
        return Optional.of(jdbc <= barePost ? new Named(jdbc, "JDBC outbox transaction")
                : new Named(barePost, "bare Quarkus POST"));
    }

    /** The higher of the two floors of a write's latency at {@code rate}. */
    Optional<Named> writeP99(double rate) {
        Double post = barePostP99.get(rate);
        Double transaction = jdbcP99.get(rate);
        if (post == null || transaction == null) {
            return Optional.empty();
        }
        return Optional.of(transaction >= post ? new Named(transaction, "JDBC outbox transaction")
                : new Named(post, "bare Quarkus POST"));
    }

    Optional<Double> kafkaEndToEndP99(double rate) {
        return Optional.ofNullable(kafkaEndToEndP99.get(rate));
    }

    Optional<Double> smtpP99(double rate) {
        return Optional.ofNullable(smtpP99.get(rate));
    }

    OptionalDouble bareRssAtRest() {
        return Double.isNaN(bareRssAtRest) ? OptionalDouble.empty() : OptionalDouble.of(bareRssAtRest);
    }

    OptionalDouble bareRssAfterLoad() {
        return Double.isNaN(bareRssAfterLoad) ? OptionalDouble.empty() : OptionalDouble.of(bareRssAfterLoad);
    }

    private static Optional<Double> present(double value) {
        return Double.isNaN(value) ? Optional.empty() : Optional.of(value);
    }
}

package org.warmintro.benchmarks.pipeline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.NetworkGenerator;
import org.warmintro.benchmarks.load.HttpLoad;

/**
 * {@code deploy/benchmarks/run.sh pipeline}: measures the platform's hot paths on the running local run, and the
 * bare stack under them in the same run through the same load generator, and prints every figure beside its
 * ceiling, their ratio and the target (written to {@code deploy/benchmarks/target/pipeline.md} too).
 *
 * <p>The order keeps the steps from weighing on each other: the product first (the ceilings' latencies are measured at
 * the rates the product's were), each step waiting until referral-service has projected the changes of the one before;
 * then the ceilings and matching (JMH); the import of a large network and the searches on it last, since
 * referral-service projects the imported people long after the import answered; the services' memory at rest first,
 * and after all that load at the end.
 */
public final class Pipeline {

    private Pipeline() {
    }

    public static void main(String[] args) throws Exception {
        // the clients' own logs (Kafka's, Vert.x') would bury the figures; warnings still show
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        if (List.of(args).contains("--help")) {
            System.out.println(PipelineOptions.USAGE);
            return;
        }
        PipelineOptions options;
        try {
            options = PipelineOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(PipelineOptions.USAGE);
            System.exit(2);
            return;
        }
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16);
        List<String> failures = new ArrayList<>();
        ResultTable table = new ResultTable();
        String context;
        try (Machine machine = new Machine(); Platform platform = new Platform(options)) {
            requireLocalRun(platform);
            String durability = JdbcOutbox.durability(options.postgres());
            ServiceMemory memory = new ServiceMemory(options);
            String jvmOptions = memory.jvmOptions();
            Platform.step("Local run: " + options.contactsUrl() + ", PostgreSQL " + durability + "; " + jvmOptions);
            if (options.runs("memory")) {
                memory.atRest();
            }
            ProjectionLag projection = new ProjectionLag(platform, options.settleTimeout());
            NetworkGenerator generator = NetworkGenerator.fromOnet(options.onet());

            SeekerNetwork network = null;
            if (options.runs("reads") || options.runs("intros")) {
                network = SeekerNetwork.make(platform, Math.max(options.intros(), 10));
                projection.awaitSettled();
            }
            List<Reads.Measured> reads = new ArrayList<>();
            if (options.runs("reads")) {
                reads.addAll(Reads.measure(platform, network));
            }
            Figure intros = null;
            if (options.runs("intros")) {
                intros = new IntroEmails(platform, network).measure();
            }
            WritePath writes = new WritePath(platform, new ContactWrites(platform, generator), projection);
            if (options.runs("writes")) {
                writes.sustain();
            }
            if (options.runs("lag")) {
                writes.measureLag();
            }

            Ceilings ceilings = new Ceilings(platform, table);
            if (options.runs("ceilings")) {
                List<Double> readRates = reads.stream().map(Reads.Measured::rate).toList();
                try {
                    ceilings.measure(readRates.isEmpty() ? List.of(Reads.TARGET_RATE) : readRates,
                            orElse(writes.rate(), WritePath.WRITES_TARGET),
                            orElse(writes.lagRate(), WritePath.LAG_RATE), options.introRate());
                } catch (Exception e) {
                    failures.add("ceilings: " + e);
                    e.printStackTrace();
                }
            }
            List<Figure> matching = new ArrayList<>();
            if (options.runs("matching")) {
                try {
                    matching.addAll(MatchingFigures.measure());
                } catch (Exception e) {
                    failures.add("matching: " + e);
                    e.printStackTrace();
                }
            }
            // last, since referral-service then projects the imported people for a while: nothing after it needs
            // the projection, and the ceilings were measured without that work beside them
            ImportedNetwork imported = null;
            List<Figure> search = new ArrayList<>();
            if (options.runs("import") || options.runs("search")) {
                imported = ImportedNetwork.importExport(platform, generator);
                if (options.runs("search")) {
                    search.addAll(imported.search());
                }
            }
            if (options.runs("memory")) {
                memory.afterLoad();
            }

            writes.figures(table, ceilings);
            Reads.figures(reads, table, ceilings);
            search.forEach(table::add);
            if (imported != null && options.runs("import")) {
                table.add(imported.importFigure());
            }
            matching.forEach(table::add);
            if (intros != null) {
                Figure email = intros;
                table.add(ceilings.smtpP99(options.introRate()).map(c -> email.against(c, "SMTP session"))
                        .orElse(email));
            }
            if (options.runs("memory")) {
                memory.figures(table, ceilings);
            }
            context = String.join("\n", List.of(
                    "Run of " + started + " UTC: `deploy/benchmarks/run.sh pipeline" + (args.length == 0 ? ""
                            : " " + String.join(" ", args)) + "`",
                    "- machine: " + machine.description(),
                    "- load during the run: " + machine.loadAverage(),
                    "- PostgreSQL: " + durability,
                    "- services: " + jvmOptions,
                    String.format(Locale.ROOT, "- windows: writes %d s, others %d s after a %d s warm-up; "
                                    + "%d connections in closed loops",
                            options.sustained().toSeconds(), options.measure().toSeconds(),
                            options.warmup().toSeconds(), options.connections())));
        }
        StringBuilder report = new StringBuilder(context).append("\n\n").append(table.markdown());
        ResultTable.publishAndExit(report, "Not measured", failures, options.output());
    }

    private static double orElse(double value, double fallback) {
        return Double.isNaN(value) ? fallback : value;
    }

    private static void requireLocalRun(Platform platform) {
        PipelineOptions options = platform.options;
        for (String service : List.of(options.contactsUrl(), options.referralUrl(), options.notificationUrl())) {
            try {
                HttpLoad.Answer ready = platform.call(HttpMethod.GET, service + "/q/health/ready", null, null, null);
                if (ready.status() == 200) {
                    continue;
                }
                throw new IllegalStateException(service + " is not ready: " + ready.status() + " " + ready.body());
            } catch (IllegalStateException e) {
                System.err.println("No local run answers at " + service + " (" + e.getMessage() + ").\nStart one "
                        + "first, e.g.:\n  WARMINTRO_PORT_OFFSET=" + org.warmintro.local.LocalPorts.OFFSET
                        + " NOTIFICATION_ETIQUETTE_QUIET_HOURS_START=00:00"
                        + " NOTIFICATION_ETIQUETTE_QUIET_HOURS_END=00:00 ./local-run.sh --demo");
                System.exit(1);
            }
        }
    }
}

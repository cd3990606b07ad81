package org.warmintro.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.vertx.core.http.HttpMethod;
import org.bson.Document;
import org.warmintro.benchmarks.NetworkGenerator;
import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.local.LocalPorts;

/**
 * {@code deploy/benchmarks/run.sh restart}: what a restart of referral-service costs once {@code contacts.profiles.v1}
 * holds tens of thousands of profile events (#12). On a local run of its own, on a fresh data directory:
 *
 * <ol>
 *   <li>imports generated LinkedIn exports (one profile event per person created) and waits until both groups of
 *       referral-service have committed every record;</li>
 *   <li>stops the platform as Ctrl+C does and starts it again on the same data, then times one new contact from its
 *       write to contacts-service until it is in {@code contact_profiles}, and counts the records each group read
 *       again;</li>
 *   <li>kills referral-service with SIGKILL, moves the {@code referral-service} group's offsets on the profiles'
 *       topic back to its start (a lost commit: every event is delivered again), starts referral-service alone and
 *       times the replay from its readiness until the group has committed every record again.</li>
 * </ol>
 */
public final class Restart {

    static final double NEW_EVENT_TARGET_SECONDS = 10;
    static final double REPLAY_TARGET = 2_000;
    static final int TARGET_EVENTS = 40_000;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** A killed consumer stays in its group until its session (6 s) times out; the broker may be slow to see it. */
    private static final Duration REWIND_PATIENCE = Duration.ofMinutes(2);

    static final String USAGE = """
            usage: deploy/benchmarks/run.sh restart [options]
              starts a local run of its own (WARMINTRO_PORT_OFFSET moves its ports), so none may run on those ports
              --data-dir DIR      its data directory, which must not exist (default /tmp/warmintro-restart-<time>)
              --imports N         LinkedIn exports imported, each by a member of its own (default 2)
              --lines N           people in each export (default 20000): imports × lines profile events
              --settle-timeout D  the longest wait for referral-service to commit every record (default 30m)
              --replay-timeout D  the longest wait for the replay; a replay cut short gives its rate so far (default 10m)
              --jfr FILE          record the replaying referral-service with JFR for 30 s from its readiness
              --output FILE       where the table is written (default deploy/benchmarks/target/restart.md)
              --onet DIR, --repository DIR as for pipeline""";

    /** Held, so that its level stays: it warns of every refused connection while the broker restarts, on purpose. */
    private static final java.util.logging.Logger KAFKA_NETWORK =
            java.util.logging.Logger.getLogger("org.apache.kafka.clients.NetworkClient");

    private Restart() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        KAFKA_NETWORK.setLevel(java.util.logging.Level.SEVERE);
        List<String> arguments = new ArrayList<>(List.of(args));
        if (arguments.contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        int imports;
        Path jfr;
        Duration replayTimeout;
        PipelineOptions options;
        try {
            imports = Integer.parseInt(take(arguments, "--imports", "2"));
            replayTimeout = PipelineOptions.duration(take(arguments, "--replay-timeout", "10m"));
            String jfrValue = take(arguments, "--jfr", null);
            jfr = jfrValue == null ? null : Path.of(jfrValue).toAbsolutePath();
            String stamp = Long.toString(System.currentTimeMillis() / 1000);
            defaultTo(arguments, "--data-dir", "/tmp/warmintro-restart-" + stamp);
            defaultTo(arguments, "--lines", "20000");
            defaultTo(arguments, "--output", "deploy/benchmarks/target/restart.md");
            options = PipelineOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path dataDir = options.dataDir().toAbsolutePath();
        if (Files.exists(dataDir)) {
            System.err.println(dataDir + " exists: the restart measures a local run of its own on a fresh directory");
            System.exit(2);
        }
        Path repository = options.repository().toAbsolutePath().normalize();
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16);
        ResultTable table = new ResultTable();
        List<String> notes = new ArrayList<>();
        String machineLine;
        String loadLine;
        try (Machine machine = new Machine()) {
            Platform.step("Starting a local run of its own, data in " + dataDir + ", ports +" + LocalPorts.OFFSET);
            LaunchedRun run = LaunchedRun.start(repository, dataDir);
            try (Platform platform = new Platform(options);
                    ConsumerLag kafka = new ConsumerLag(options.kafkaBootstrap());
                    MongoClient mongo = MongoClients.create("mongodb://localhost:" + LocalPorts.MONGODB)) {
                MongoCollection<Document> profiles = mongo.getDatabase("referral").getCollection("contact_profiles");
                long events = fill(platform, kafka, imports, options.settleTimeout());
                if (events < TARGET_EVENTS) {
                    notes.add(String.format(Locale.ROOT, "only %,d profile events on the topic, not %,d", events,
                            TARGET_EVENTS));
                }

                run = cleanRestart(run, repository, dataDir, platform, kafka, profiles, events, table);

                killAndReplay(run, platform, kafka, jfr, replayTimeout, table, notes);
            } finally {
                Platform.step("Stopping the local run");
                run.close();
            }
            machineLine = machine.description();
            loadLine = machine.loadAverage();
        }
        StringBuilder report = new StringBuilder(String.join("\n", List.of(
                "Run of " + started + " UTC: `deploy/benchmarks/run.sh restart" + (args.length == 0 ? ""
                        : " " + String.join(" ", args)) + "`",
                "- machine: " + machineLine,
                "- load during the run: " + loadLine))).append("\n\n").append(table.markdown());
        ResultTable.publishAndExit(report, "Notes", notes, options.output());
    }

    /** Imports the exports, then waits until referral-service has committed every record: the events on the topic. */
    private static long fill(Platform platform, ConsumerLag kafka, int imports, Duration settleTimeout) {
        NetworkGenerator generator = NetworkGenerator.fromOnet(platform.options.onet());
        for (int i = 1; i <= imports; i++) {
            ImportedNetwork.importExport(platform, generator, "imported-" + i, 41 + i);
        }
        ProjectionLag projection = new ProjectionLag(platform, settleTimeout);
        while (projection.outboxBacklog() > 0) {
            Platform.pause(Duration.ofMillis(500));
        }
        long events = ConsumerLag.total(kafka.ends(ConsumerLag.PROFILES));
        Platform.step(String.format(Locale.ROOT, "%,d profile events on %s; waiting until both groups of "
                + "referral-service have committed every record", events, ConsumerLag.PROFILES));
        Duration waited = kafka.awaitCaughtUp(settleTimeout);
        System.out.printf(Locale.ROOT, "  caught up %d s after the imports answered%n", waited.toSeconds());
        return events;
    }

    /**
     * Stops the platform as Ctrl+C does, starts it on the same data, then writes one contact and times it into the
     * projection. Every record had been applied before the stop, and a stop can only move the committed offsets on, so
     * each group reads again at most the records after its committed offsets at the stop. (The consumers' own
     * {@code records_consumed_total} cannot tell: the Kafka client metrics on the scrape are refreshed only now and
     * then.)
     */
    private static LaunchedRun cleanRestart(LaunchedRun run, Path repository, Path dataDir, Platform platform,
            ConsumerLag kafka, MongoCollection<Document> profiles, long events, ResultTable table) {
        Map<String, Long> behindAtStop = new LinkedHashMap<>();
        ConsumerLag.GROUPS.forEach((group, topic) -> behindAtStop.put(group, kafka.lag(group, topic)));
        Platform.step("Clean restart: SIGTERM to the launcher, then the launcher again on the same data (records "
                + "not committed before the stop: " + behindAtStop + ")");
        run.stop();
        LaunchedRun restarted = LaunchedRun.start(repository, dataDir);
        Instant ready = Instant.now();
        String member = platform.member("restart");
        double afterReady = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
        long written = System.nanoTime();
        HttpLoad.Answer created = platform.expect(HttpMethod.POST, platform.options.contactsUrl() + "/api/v1/contacts",
                platform.token(member), "application/json", Platform.write(Map.of(
                        "fullName", "Restart Probe", "email", "probe-" + platform.runId + "@example.org",
                        "company", "Brabant Media", "title", "Software Engineer", "skills", List.of("java"),
                        "relationship", Map.of("strength", 3),
                        "consent", Map.of("introductionsAllowed", true))), 201);
        String id = Platform.json(created.body()).path("id").asText();
        Duration patience = Duration.ofMinutes(30);
        while (profiles.find(new Document("_id", id)).first() == null) {
            if (Duration.ofNanos(System.nanoTime() - written).compareTo(patience) > 0) {
                throw new IllegalStateException("contact " + id + " not projected within " + patience);
            }
            Platform.pause(Duration.ofMillis(50));
        }
        double seconds = (System.nanoTime() - written) / 1e9;
        System.out.printf(Locale.ROOT, "  new contact %s in contact_profiles %.2f s after its write (written %.1f s "
                        + "after the launcher's Ready)%n", id, seconds,
                afterReady);
        table.add(Figure.of(String.format(Locale.ROOT, "clean restart with %,d profile events on the topic: a new "
                        + "contact's write → stored in contact_profiles", events), Kind.SECONDS, seconds,
                NEW_EVENT_TARGET_SECONDS).noting(String.format(Locale.ROOT, "read again after the restart, at most: "
                        + "%,d profile records, %,d member changes", behindAtStop.get(ConsumerLag.PROFILES_GROUP),
                behindAtStop.get(ConsumerLag.MATCHING_GROUP))));
        return restarted;
    }

    /**
     * SIGKILL to referral-service, its profile offsets moved back to the topic's start while it is down, and
     * referral-service started alone: it applies every profile event again (each one found stored already) and
     * announces each again on the member changes, which matching reads.
     */
    private static void killAndReplay(LaunchedRun run, Platform platform, ConsumerLag kafka, Path jfr,
            Duration timeout, ResultTable table, List<String> notes) throws IOException, InterruptedException {
        Platform.step("kill -9 of referral-service; its group's offsets on " + ConsumerLag.PROFILES
                + " moved back to the start (a lost commit); referral-service started again alone");
        run.killReferral();
        kafka.rewindToStart(ConsumerLag.PROFILES_GROUP, ConsumerLag.PROFILES, REWIND_PATIENCE);
        long backlog = kafka.lag(ConsumerLag.PROFILES_GROUP, ConsumerLag.PROFILES);
        long changesBefore = ConsumerLag.total(kafka.ends(ConsumerLag.MEMBER_CHANGES));
        run.startReferral();
        awaitReady(platform, platform.options.referralUrl());
        Instant ready = Instant.now();
        System.out.printf(Locale.ROOT, "  referral-service ready; %,d profile records to read again%n", backlog);
        if (jfr != null) {
            record(run.referral().pid(), jfr);
        }
        Instant deadline = ready.plus(timeout);
        Instant profilesDone = null;
        Instant nextReport = ready.plus(Duration.ofSeconds(15));
        while (profilesDone == null) {
            long behind = kafka.lag(ConsumerLag.PROFILES_GROUP, ConsumerLag.PROFILES);
            if (behind == 0) {
                profilesDone = Instant.now();
            } else if (Instant.now().isAfter(deadline)) {
                break;
            } else {
                if (Instant.now().isAfter(nextReport)) {
                    long elapsed = Duration.between(ready, Instant.now()).toSeconds();
                    System.out.printf(Locale.ROOT, "  ... %,d to go after %d s (%,.0f/s so far)%n", behind, elapsed,
                            (backlog - behind) / (double) Math.max(elapsed, 1));
                    nextReport = Instant.now().plus(Duration.ofSeconds(15));
                }
                Platform.pause(Duration.ofMillis(250));
            }
        }
        String name = String.format(Locale.ROOT, "kill -9, %,d profile events replayed (group offsets back to the "
                + "start): events/s from readiness until all committed", backlog);
        if (profilesDone == null) {
            long behind = kafka.lag(ConsumerLag.PROFILES_GROUP, ConsumerLag.PROFILES);
            double rate = (backlog - behind) / (double) timeout.toSeconds();
            table.add(Figure.of(name, Kind.THROUGHPUT, rate, REPLAY_TARGET).noting(String.format(Locale.ROOT,
                    "not finished within %s: %,d to go", timeout, behind)));
            return;
        }
        double seconds = Duration.between(ready, profilesDone).toMillis() / 1000.0;
        double rate = backlog / seconds;
        System.out.printf(Locale.ROOT, "  %,d records in %.1f s: %,.0f/s%n", backlog, seconds, rate);
        long announced = ConsumerLag.total(kafka.ends(ConsumerLag.MEMBER_CHANGES)) - changesBefore;
        Duration matching = kafka.awaitCaughtUp(timeout);
        double matchingSeconds = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "  %,d member changes announced again; matching committed them all %.1f s "
                + "after readiness (waited %d s more)%n", announced, matchingSeconds, matching.toSeconds());
        table.add(Figure.of(name, Kind.THROUGHPUT, rate, REPLAY_TARGET).noting(String.format(Locale.ROOT,
                "%.1f s; %,d member changes announced again, matching done after %.1f s", seconds, announced,
                matchingSeconds)));
        if (jfr != null) {
            notes.add("JFR recording of the replay's first 30 s: " + jfr);
        }
    }

    private static void awaitReady(Platform platform, String serviceUrl) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            try {
                if (platform.call(HttpMethod.GET, serviceUrl + "/q/health/ready", null, null, null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(serviceUrl + " was not ready within " + READY_TIMEOUT);
            }
            Platform.pause(Duration.ofMillis(100));
        }
    }

    /** {@code jcmd <pid> JFR.start duration=30s}: where the replay's time goes, read with {@code jfr print}. */
    private static void record(long pid, Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "JFR.start", "duration=30s",
                "filename=" + file).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        System.out.println("  " + output.strip().replace("\n", "\n  "));
    }

    /** Removes {@code --name value} from the arguments and answers the value. */
    private static String take(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 == arguments.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = arguments.get(at + 1);
        arguments.subList(at, at + 2).clear();
        return value;
    }

    private static void defaultTo(List<String> arguments, String name, String value) {
        if (!arguments.contains(name)) {
            arguments.addAll(List.of(name, value));
        }
    }
}

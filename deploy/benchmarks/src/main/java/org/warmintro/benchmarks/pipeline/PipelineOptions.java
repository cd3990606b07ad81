package org.warmintro.benchmarks.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.warmintro.local.LocalPorts;

/**
 * The options of {@code run.sh pipeline}. Every address defaults to the local run's, moved by
 * {@code WARMINTRO_PORT_OFFSET} as the launcher moves them.
 */
record PipelineOptions(
        String contactsUrl,
        String referralUrl,
        String notificationUrl,
        String mailApiUrl,
        String kafkaBootstrap,
        String postgres,
        String smtp,
        Path dataDir,
        Path onet,
        Path repository,
        Path output,
        Duration sustained,
        Duration measure,
        Duration warmup,
        Duration settleTimeout,
        int connections,
        int jdbcThreads,
        int kafkaInFlight,
        int writeMembers,
        int lines,
        int intros,
        double introRate,
        double searchRate,
        Set<String> only) {

    static final List<String> GROUPS = List.of("import", "search", "reads", "writes", "lag", "intros", "memory",
            "ceilings", "matching");

    static final String USAGE = """
            usage: deploy/benchmarks/run.sh pipeline [options]
              against the running local run, e.g. started with
                WARMINTRO_PORT_OFFSET=N NOTIFICATION_ETIQUETTE_QUIET_HOURS_START=00:00 \\
                NOTIFICATION_ETIQUETTE_QUIET_HOURS_END=00:00 ./local-run.sh --demo --data-dir DIR
              --data-dir DIR       the local run's data directory, for its token keys (default .local-data)
              --duration D         sustained contact writes, closed loop then open loop (default 60s)
              --measure D          every other measured window (default 15s)
              --warmup D           before each measured window (default 5s)
              --settle-timeout D   the longest wait for referral-service to project a step's changes (default 30m)
              --connections N      HTTP connections per server in closed loops (default 32)
              --jdbc-threads N     threads of the raw JDBC ceiling (default 16)
              --kafka-in-flight N  records in flight of the Kafka producer ceiling (default 2048)
              --write-members N    members the contact writes spread over (default 16)
              --lines N            people in the imported LinkedIn export (default 30000)
              --intros N           intros accepted for the email latency (default 50)
              --intro-rate R       accepts per second (default 1)
              --search-rate R      the most searches per second of the latency runs (default 100)
              --only G,G           only these groups: %s
              --output FILE        where the table is written (default deploy/benchmarks/target/pipeline.md)
              --onet DIR           the O*NET files whose job titles the generated people have
                                   (default referral-service/src/main/resources/onet)
              --repository DIR     the repository, for the bare Quarkus application it starts (default .)
              --contacts-url, --referral-url, --notification-url, --mail-api-url URL
              --kafka HOST:PORT, --postgres HOST:PORT (its superuser postgres makes a scratch database),
              --smtp HOST:PORT (the mail server the intros' emails go to)
              durations: 60s, 2m, or seconds""".formatted(String.join(",", GROUPS));

    boolean runs(String group) {
        return only.contains(group);
    }

    static PipelineOptions parse(List<String> args) {
        Options options = new Options(args);
        String localhost = "http://localhost:";
        Set<String> only = new LinkedHashSet<>(GROUPS);
        String onlyValue = options.value("--only", null);
        if (onlyValue != null) {
            only.clear();
            for (String group : onlyValue.split(",")) {
                if (!GROUPS.contains(group.strip())) {
                    throw new IllegalArgumentException("unknown group " + group + " ("
                            + String.join(",", GROUPS) + ")");
                }
                only.add(group.strip());
            }
        }
        PipelineOptions parsed = new PipelineOptions(
                options.value("--contacts-url", localhost + LocalPorts.CONTACTS),
                options.value("--referral-url", localhost + LocalPorts.REFERRAL),
                options.value("--notification-url", localhost + LocalPorts.NOTIFICATION),
                options.value("--mail-api-url", localhost + LocalPorts.MAIL_API),
                options.value("--kafka", "localhost:" + LocalPorts.KAFKA),
                options.value("--postgres", "localhost:" + LocalPorts.POSTGRES),
                options.value("--smtp", "localhost:" + LocalPorts.SMTP),
                Path.of(options.value("--data-dir", ".local-data")),
                Path.of(options.value("--onet", "referral-service/src/main/resources/onet")),
                Path.of(options.value("--repository", ".")),
                Path.of(options.value("--output", "deploy/benchmarks/target/pipeline.md")),
                duration(options.value("--duration", "60s")),
                duration(options.value("--measure", "15s")),
                duration(options.value("--warmup", "5s")),
                duration(options.value("--settle-timeout", "30m")),
                Integer.parseInt(options.value("--connections", "32")),
                Integer.parseInt(options.value("--jdbc-threads", "16")),
                Integer.parseInt(options.value("--kafka-in-flight", "2048")),
                Integer.parseInt(options.value("--write-members", "16")),
                Integer.parseInt(options.value("--lines", "30000")),
                Integer.parseInt(options.value("--intros", "50")),
                Double.parseDouble(options.value("--intro-rate", "1")),
                Double.parseDouble(options.value("--search-rate", "100")),
                only);
        options.requireAllUsed();
        return parsed;
    }

    static Duration duration(String value) {
        String text = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        if (text.endsWith("s")) {
            text = text.substring(0, text.length() - 1);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    }

    /** {@code --name value} pairs; a name the pipeline does not know is an error, not silently ignored. */
    private static final class Options {

        private final List<String> args;
        private final Set<String> used = new LinkedHashSet<>();

        Options(List<String> args) {
            if (args.size() % 2 != 0) {
                throw new IllegalArgumentException("options come as --name value pairs: " + args);
            }
            this.args = args;
        }

        String value(String name, String fallback) {
            used.add(name);
            int at = args.indexOf(name);
            return at < 0 ? fallback : args.get(at + 1);
        }

        void requireAllUsed() {
            for (int i = 0; i < args.size(); i += 2) {
                if (!used.contains(args.get(i))) {
                    throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
        }
    }
}

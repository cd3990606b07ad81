package org.warmintro.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The local run: {@code ./local-run.sh [--reset] [--infra-only] [--replicas N] [--data-dir DIR]}. Starts the
 * platform, prints where everything is, and stops every process it started on Ctrl+C.
 */
public final class LocalRun {

    private static final String USAGE = """
            usage: local-run.sh [--reset] [--infra-only] [--demo] [--replicas N] [--data-dir DIR]
                   local-run.sh [--data-dir DIR] --mail ADDRESS
              --reset       wipe the data directory first
              --demo        load the story's network and Annie for the member "connector", and print a walkthrough
              --infra-only  start Kafka, PostgreSQL, MongoDB and SMTP only (to run a service with quarkus:dev)
              --replicas    start N instances of each service (1 to 10, default 1), sharing its database and
                            consumer groups: the first on the documented port, the others 10, 20, ... above it
              --data-dir    where the data live (default: .local-data)
              --mail        print the emails a running local run sent to ADDRESS, and those that wait (until when and
                            why), and exit; with the --data-dir of that run if it is not the default""";

    /** Whether Ctrl+C or a SIGTERM asked the launcher to stop, rather than a failure closing the platform. */
    private static volatile boolean stopRequested;

    private LocalRun() {
    }

    public static void main(String[] args) {
        // the infrastructure's own logs go to the processes' log files; the console is for the person
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("de.bwaldvogel").setLevel(java.util.logging.Level.SEVERE);
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path repository = Path.of(System.getProperty("warmintro.repository", ".")).toAbsolutePath().normalize();
        Path dataDir = options.dataDir() != null ? options.dataDir() : repository.resolve(".local-data");
        if (options.mailbox() != null) {
            System.out.println(mail(options.mailbox(), dataDir));
            return;
        }
        if (options.reset()) {
            deleteRecursively(dataDir);
        }

        System.out.println("Starting the platform, data in " + dataDir);
        LocalPlatform platform = new LocalPlatform();
        StopSignals.onStop(() -> stop(platform));
        try {
            platform.start(repository, dataDir, options.infrastructureOnly(), options.replicas());
            System.out.println(summary(platform, dataDir));
            if (options.demo() && !options.infrastructureOnly()) {
                String launcher = options.dataDir() == null ? "./local-run.sh"
                        : "./local-run.sh --data-dir " + dataDir;
                System.out.println(DemoWalkthrough.prepare(platform, dataDir, launcher));
            }
        } catch (RuntimeException e) {
            if (!stopRequested) {
                // the platform closed itself when a part of it failed to start: the launcher ends with the failure
                platform.close();
                throw e;
            }
            // stopped while it started: the stop ends the launcher
        }
        waitForever();
    }

    private static synchronized void stop(LocalPlatform platform) {
        stopRequested = true;
        if (!platform.isClosed()) {
            System.out.println("Stopping: the services first, then the infrastructure...");
            platform.close();
            System.out.println("Stopped.");
        }
        System.exit(0);
    }

    private static void waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What was sent to {@code address}, decoded, and what waits for it, with when and why. */
    private static String mail(String address, Path dataDir) {
        String received = LocalMailboxes.ofLocalRun().readable(address);
        String waiting;
        try {
            waiting = WaitingMail.describe(address, WaitingMail.ofLocalRun(dataDir).to(address), Instant.now());
        } catch (IllegalStateException e) {
            waiting = "What waits for " + address + " is not known: " + e.getMessage();
        }
        if (received.isEmpty() && waiting.isEmpty()) {
            return "No email for " + address + " (yet).";
        }
        return received + waiting;
    }

    private static String summary(LocalPlatform platform, Path dataDir) {
        StringBuilder text = new StringBuilder("\nReady. Press Ctrl+C to stop everything.\n\n");
        text.append(String.format("  Open %s/ in your browser and sign in as a demo member.%n%n", LocalPlatform.webUrl()));
        for (QuarkusServiceProcess service : platform.services()) {
            text.append(String.format("  %-21s %s   Swagger UI %s/q/swagger-ui   log %s%n", service.instanceName(),
                    service.baseUrl(), service.baseUrl(), service.process().logFile()));
        }
        if (platform.services().stream().anyMatch(service -> service.replica() > 0)) {
            text.append(String.format("  %-21s %s%n", "ports and pids", dataDir.resolve(ServiceInstances.FILE_NAME)));
        }
        text.append(String.format("  %-21s localhost:%d%n", "Kafka", LocalPorts.KAFKA));
        text.append(String.format("  %-21s localhost:%d (databases contacts, notification)%n", "PostgreSQL",
                LocalPorts.POSTGRES));
        text.append(String.format("  %-21s mongodb://localhost:%d%n", "MongoDB protocol", LocalPorts.MONGODB));
        text.append(String.format("  %-21s localhost:%d, mail API %s/api/user/{email}/messages/INBOX%n", "SMTP",
                LocalPorts.SMTP, platform.mailApiUrl()));
        text.append(String.format("  %-21s %s (--reset wipes it)%n", "data", dataDir));
        text.append(String.format("%nBearer tokens of the demo members (valid 30 days) are in %s:%n",
                dataDir.resolve("tokens")));
        platform.demoTokens().keySet().stream().sorted().forEach(member -> text.append(String.format(
                "  TOKEN=$(cat %s)   # %s%n", dataDir.resolve("tokens").resolve(member + ".jwt"), member)));
        return text.toString();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe " + dir, e);
        }
    }

    /**
     * @param replicas how many instances of each service to start
     * @param mailbox the address whose emails to print, instead of starting anything; null to start
     */
    record Options(boolean reset, boolean infrastructureOnly, boolean demo, int replicas, Path dataDir,
            String mailbox) {

        static Options parse(List<String> args) {
            int replicas = 1;
            boolean reset = false;
            boolean infrastructureOnly = false;
            boolean demo = false;
            Path dataDir = null;
            String mailbox = null;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--reset" -> reset = true;
                    case "--infra-only" -> infrastructureOnly = true;
                    case "--demo" -> demo = true;
                    case "--data-dir" -> {
                        if (i + 1 == args.size()) {
                            throw new IllegalArgumentException("--data-dir needs a directory");
                        }
                        dataDir = Path.of(args.get(++i)).toAbsolutePath();
                    }
                    case "--replicas" -> replicas = replicas(i + 1 < args.size() ? args.get(++i) : "");
                    case "--mail" -> {
                        if (i + 1 == args.size()) {
                            throw new IllegalArgumentException("--mail needs an email address");
                        }
                        mailbox = args.get(++i);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new Options(reset, infrastructureOnly, demo, replicas, dataDir, mailbox);
        }

        private static int replicas(String value) {
            try {
                int replicas = Integer.parseInt(value);
                if (replicas >= 1 && replicas <= LocalPorts.MAX_REPLICAS) {
                    return replicas;
                }
            } catch (NumberFormatException notANumber) {
                // the same answer as for a number out of range
            }
            throw new IllegalArgumentException("--replicas needs a number from 1 to " + LocalPorts.MAX_REPLICAS);
        }
    }
}

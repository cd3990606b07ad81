package org.warmintro.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A single-node Apache Kafka broker in KRaft mode ({@code process.roles=broker,controller}), run as a JVM of its own
 * from the jars that {@code deploy/process-classpath} resolved.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "d2FybWludHJvLWxvY2FsMQ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final ManagedProcess process;

    private KafkaBroker(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Formats {@code dir} (unless already formatted), starts the broker on {@code port} with its controller on
     * {@code controllerPort}, waits until it answers and creates {@code topics} that do not exist yet.
     */
    public static KafkaBroker start(Path dir, int port, int controllerPort, Collection<NewTopic> topics) {
        try {
            Path logDir = dir.resolve("data");
            Files.createDirectories(logDir);
            Path config = dir.resolve("server.properties");
            Files.writeString(config, serverProperties(port, controllerPort, logDir));
            Path log4j = dir.resolve("log4j2.properties");
            Files.writeString(log4j, LOG4J_CONFIG);

            List<String> java = javaCommand(log4j);
            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID, "-c", config.toString(),
                    "--ignore-formatted"));
            runToCompletion(format, dir);

            List<String> server = new ArrayList<>(java);
            server.addAll(List.of("kafka.Kafka", config.toString()));
            ManagedProcess process = ManagedProcess.start("kafka", server, dir, Map.of());
            KafkaBroker broker = new KafkaBroker(port, process);
            try {
                broker.awaitReadyAndCreate(topics);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka in " + dir, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Ends the broker process abruptly, as a crash or a lost node would. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    private void awaitReadyAndCreate(Collection<NewTopic> topics) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        awaitListening(deadline);
        try {
            createTopicsWhenReady(bootstrapServers(), topics, deadline, process::requireAlive);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not become ready within " + READY_TIMEOUT + "; see "
                    + process.logFile() + ":\n" + ManagedProcess.tail(process.logFile(), 40), e);
        }
    }

    /**
     * Waits until the broker at {@code bootstrapServers} answers, then creates those of {@code topics} it does not
     * have yet.
     *
     * @param stillStarting throws when the broker has gone for good, which ends the wait early
     * @throws TimeoutException when the broker did not answer before {@code deadline}; its cause is the last failure
     */
    public static void createTopicsWhenReady(String bootstrapServers, Collection<NewTopic> topics, Instant deadline,
            Runnable stillStarting) throws TimeoutException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                stillStarting.run();
                try {
                    admin.describeCluster().nodes().get(4, TimeUnit.SECONDS);
                    Set<String> existing = admin.listTopics().names().get(4, TimeUnit.SECONDS);
                    List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name()))
                            .collect(Collectors.toList());
                    if (!missing.isEmpty()) {
                        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                    }
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        TimeoutException timeout = new TimeoutException("Kafka at " + bootstrapServers
                                + " did not answer in time");
                        timeout.initCause(e);
                        throw timeout;
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /** Waits for the listener before the admin client connects, which would log a warning for every refusal. */
    private void awaitListening(Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            process.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                Waiting.pause(Duration.ofMillis(100));
            }
        }
    }

    private static List<String> javaCommand(Path log4jConfig) {
        return List.of(ManagedProcess.javaExecutable(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4jConfig, "-Dlog4j2.shutdownHookEnabled=false",
                "-cp", ProcessClasspath.of("kafka-broker"));
    }

    private static void runToCompletion(List<String> command, Path dir) throws IOException {
        Path log = dir.resolve("format.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage failed:\n" + ManagedProcess.tail(log, 40));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private static String serverProperties(int port, int controllerPort, Path logDir) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=" + Topics.PARTITIONS,
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // compaction on a local broker should show its effect quickly
                "log.cleaner.backoff.ms=1000",
                "") ;
    }

    private static final String LOG4J_CONFIG = String.join("\n",
            "appender.console.type=Console",
            "appender.console.name=console",
            "appender.console.layout.type=PatternLayout",
            "appender.console.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n",
            "rootLogger.level=WARN",
            "rootLogger.appenderRef.console.ref=console",
            "logger.kafka.name=kafka.server.KafkaRaftServer",
            "logger.kafka.level=INFO",
            "");
}

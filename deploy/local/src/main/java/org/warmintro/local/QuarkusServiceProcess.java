package org.warmintro.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the platform's services, started from its packaged application ({@code target/quarkus-app}). */
public final class QuarkusServiceProcess implements AutoCloseable {

    private final String name;
    private final int replica;
    private final int port;
    private final ManagedProcess process;

    private QuarkusServiceProcess(String name, int replica, int port, ManagedProcess process) {
        this.name = name;
        this.replica = replica;
        this.port = port;
        this.process = process;
    }

    /**
     * The heap starts small and gives memory back after a load: left to itself the JVM would commit a 64th of the
     * host's memory at once (384 MB of 24 GiB, the whole heap) and keep it, whatever the service holds.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40");

    /**
     * Starts {@code <repository>/<name>/target/quarkus-app/quarkus-run.jar} on {@code port} with {@code environment}
     * (the same variables its Kubernetes manifests set), logging to {@code <dir>/<name>.log}.
     */
    public static QuarkusServiceProcess start(Path repository, String name, int port, Path dir,
            Map<String, String> environment) {
        return start(repository, name, 0, port, dir, environment);
    }

    /**
     * Starts instance {@code replica} (from 0) of the application {@code name} on {@code port}, like
     * {@link #start(Path, String, int, Path, Map)}; instances after the first log to {@code <dir>/<name>-<replica>.log}
     * and keep their pid in {@code <dir>/<name>-<replica>.pid}.
     */
    public static QuarkusServiceProcess start(Path repository, String name, int replica, int port, Path dir,
            Map<String, String> environment) {
        Path jar = applicationJar(repository, name);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package -DskipTests");
        }
        return new QuarkusServiceProcess(name, replica, port, ManagedProcess.start(instanceName(name, replica),
                command(jar, port, instanceProperties(name, replica)), dir, environment));
    }

    /**
     * What tells the instances of one application apart where they meet: in a consumer group the broker names each
     * member by its Kafka client id (SmallRye's own, {@code kafka-consumer-<channel>}, is the same in every instance),
     * and a trace names the process it comes from.
     */
    private static List<String> instanceProperties(String name, int replica) {
        String instance = name + "-" + replica;
        return List.of("-Dmp.messaging.connector.smallrye-kafka.client-id-prefix=" + instance + "-",
                "-Dquarkus.otel.resource.attributes=service.instance.id=" + instance);
    }

    private static String instanceName(String name, int replica) {
        return replica == 0 ? name : name + "-" + replica;
    }

    /** The command that runs a packaged Quarkus application on {@code port} with the local run's JVM options. */
    public static List<String> command(Path jar, int port) {
        return command(jar, port, List.of());
    }

    private static List<String> command(Path jar, int port, List<String> systemProperties) {
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable()));
        command.addAll(JVM_OPTIONS);
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    public static Path applicationJar(Path repository, String name) {
        return repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The application's name, the same for each of its instances. */
    public String name() {
        return name;
    }

    /** Which instance of the application this is, from 0; the first listens on the documented port. */
    public int replica() {
        return replica;
    }

    /** The application's name, with the instance's number after the first: {@code contacts-service-1}. */
    public String instanceName() {
        return instanceName(name, replica);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    /** Waits until {@code /q/health/ready} answers 200, that is until the service reaches its store and Kafka. */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            process.requireAlive();
            try {
                HttpResponse<String> response = client.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (java.io.IOException notYet) {
                lastAnswer = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + instanceName(), e);
            }
            Waiting.pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(instanceName() + " was not ready within " + timeout + " (" + lastAnswer + "); see "
                + process.logFile() + ":\n" + ManagedProcess.tail(process.logFile(), 30));
    }

    @Override
    public void close() {
        process.close();
    }
}

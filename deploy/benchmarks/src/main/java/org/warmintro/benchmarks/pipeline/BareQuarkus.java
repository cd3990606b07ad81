package org.warmintro.benchmarks.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.warmintro.local.ManagedProcess;
import org.warmintro.local.QuarkusServiceProcess;

/**
 * The bare Quarkus application of {@code deploy/benchmarks/ceiling}, started as the local run starts the services
 * (packaged application, the same JVM options), on a free port.
 */
final class BareQuarkus implements AutoCloseable {

    static final Path JAR = Path.of("deploy/benchmarks/ceiling/target/quarkus-app/quarkus-run.jar");

    private final ManagedProcess process;
    private final int port;

    private BareQuarkus(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static BareQuarkus start(Platform platform, Path repository) {
        Path jar = repository.resolve(JAR).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with "
                    + "./mvnw package -DskipTests -pl deploy/benchmarks/ceiling");
        }
        int port = freePort();
        // started as the local run starts its services, so that the ceiling's memory compares with theirs
        ManagedProcess process = ManagedProcess.start("benchmark-ceiling", QuarkusServiceProcess.command(jar, port),
                repository.resolve("deploy/benchmarks/target"), Map.of());
        BareQuarkus bare = new BareQuarkus(process, port);
        bare.awaitReady(platform);
        return bare;
    }

    String url() {
        return "http://localhost:" + port + "/ceiling";
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Platform platform) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            process.requireAlive();
            try {
                if (Platform.await(platform.http.get(url(), null), Duration.ofSeconds(5)).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The bare Quarkus application did not answer within 60 s; see "
                            + process.logFile(), notYet);
                }
            }
            Platform.pause(Duration.ofMillis(200));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.stop();
    }
}

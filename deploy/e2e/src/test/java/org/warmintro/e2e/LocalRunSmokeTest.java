package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.local.LocalPorts;

class LocalRunSmokeTest {

    /** A log line at ERROR or FATAL, in the services' JSON and the infrastructure's own formats. */
    private static final Pattern ERROR_LINE = Pattern.compile("\\b(ERROR|FATAL)\\b");
    /** PostgreSQL turning away its starter's readiness probes while it starts up: no error of anyone's. */
    private static final String POSTGRES_STARTING = "FATAL:  the database system is starting up";

    @TempDir
    Path dataDir;

    @Test
    void theLocalRunStartsEveryServiceReadyAndStopsCleanlyLeavingNoProcessBehind() throws Exception {
        List<ProcessHandle> started;
        try (LocalRunProcess localRun = LocalRunProcess.start(dataDir)) {
            localRun.awaitReady(Duration.ofMinutes(4));

            for (int port : List.of(LocalPorts.CONTACTS, LocalPorts.REFERRAL, LocalPorts.NOTIFICATION)) {
                HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(readiness.statusCode()).as("readiness of the service on port %d", port).isEqualTo(200);
                assertThat(readiness.body()).contains("\"status\": \"UP\"");
            }
            started = localRun.handle().descendants().toList();
            assertThat(started).as("Kafka, GreenMail and three services").hasSizeGreaterThanOrEqualTo(5);
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(started).noneMatch(ProcessHandle::isAlive);
            // PostgreSQL detaches from its starter, so it is found by its port rather than as a child process
            assertThat(ALL_PORTS).noneMatch(LocalRunSmokeTest::isListening);
        });
        // each stops only once nothing needs it any more: the services before their stores and Kafka
        assertThat(errorLines(dataDir)).as("ERROR lines in the logs of the local run").isEmpty();
    }

    private static final List<Integer> ALL_PORTS = List.of(LocalPorts.CONTACTS, LocalPorts.REFERRAL,
            LocalPorts.NOTIFICATION, LocalPorts.KAFKA, LocalPorts.KAFKA_CONTROLLER, LocalPorts.POSTGRES,
            LocalPorts.MONGODB, LocalPorts.SMTP, LocalPorts.MAIL_API);

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * Every ERROR or FATAL line of the logs the local run keeps (one directory down in its data directory, beside
     * each process's data; deeper down, Kafka's segments are .log files too), each with the name of its log.
     */
    private static List<String> errorLines(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir, 2)) {
            return files.filter(file -> file.toString().endsWith(".log")).sorted()
                    .flatMap(log -> lines(log)
                            .filter(line -> ERROR_LINE.matcher(line).find() && !line.contains(POSTGRES_STARTING))
                            .map(line -> dataDir.relativize(log) + ": " + line))
                    .toList();
        }
    }

    private static Stream<String> lines(Path log) {
        try {
            return Files.readAllLines(log).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

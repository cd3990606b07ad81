package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.local.LocalPorts;

class LocalRunSmokeTest {

    @TempDir
    Path dataDir;

    @Test
    void theLocalRunStartsEveryServiceReadyAndLeavesNoProcessBehind() throws Exception {
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
}

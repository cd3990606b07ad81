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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.MemberTokens;
import org.warmintro.local.WaitingMail;
import org.warmintro.local.demo.DemoLoader;

class LocalRunSmokeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String CONTACTS = "http://localhost:" + LocalPorts.CONTACTS;
    private static final String REFERRAL = "http://localhost:" + LocalPorts.REFERRAL;
    private static final String SAMIRA = "samira.haddad@example.org";

    /** A log line at ERROR or FATAL, in the services' JSON and the infrastructure's own formats. */
    private static final Pattern ERROR_LINE = Pattern.compile("\\b(ERROR|FATAL)\\b");
    /** PostgreSQL turning away its starter's readiness probes while it starts up: no error of anyone's. */
    private static final String POSTGRES_STARTING = "FATAL:  the database system is starting up";

    @TempDir
    Path dataDir;

    @Test
    void theLocalRunStartsEveryServiceReadyTellsWhenAnEmailWaitsAndStopsCleanlyLeavingNoProcessBehind()
            throws Exception {
        LocalTime now = LocalTime.now(BRUSSELS).truncatedTo(ChronoUnit.MINUTES);
        LocalTime morning = now.plusHours(3);
        List<ProcessHandle> started;
        try (LocalRunProcess localRun = LocalRunProcess.start(dataDir, Map.of(
                "NOTIFICATION_ETIQUETTE_QUIET_HOURS_START", now.minusHours(1).toString(),
                "NOTIFICATION_ETIQUETTE_QUIET_HOURS_END", morning.toString()))) {
            localRun.awaitReady(Duration.ofMinutes(4));

            for (int port : List.of(LocalPorts.WEB, LocalPorts.CONTACTS, LocalPorts.REFERRAL, LocalPorts.NOTIFICATION)) {
                HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(readiness.statusCode()).as("readiness of the service on port %d", port).isEqualTo(200);
                assertThat(readiness.body()).contains("\"status\": \"UP\"");
            }

            // an intro proposed in the target's quiet hours: its opt-in email waits for their morning, and says so
            proposeAnnieTo(SAMIRA, MemberTokens.in(dataDir.resolve("jwt")).tokenFor("connector"));
            WaitingMail notificationService = WaitingMail.ofLocalRun(dataDir);
            Awaitility.await().atMost(PATIENCE).until(() -> notificationService.to(SAMIRA),
                    waiting -> waiting.size() == 1 && waiting.get(0).waitsFor().equals("QUIET_HOURS"));
            assertThat(LocalRunProcess.mail(dataDir, SAMIRA))
                    .contains("1 email to " + SAMIRA + " waits for " + morning + " Europe/Brussels")
                    .contains("(quiet hours): ")
                    .doesNotContain("No email");

            started = localRun.handle().descendants().toList();
            assertThat(started).as("Kafka, GreenMail, three services and the web app").hasSizeGreaterThanOrEqualTo(6);
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(started).noneMatch(ProcessHandle::isAlive);
            // PostgreSQL detaches from its starter, so it is found by its port rather than as a child process
            assertThat(ALL_PORTS).noneMatch(LocalRunSmokeTest::isListening);
        });
        // each stops only once nothing needs it any more: the services before their stores and Kafka
        assertThat(errorLines(dataDir)).as("ERROR lines in the logs of the local run").isEmpty();
    }

    /** Annie, seeking, and a contact in Brussels the connector proposes to introduce her to, once both are known. */
    private static void proposeAnnieTo(String targetEmail, String token) {
        DemoLoader connector = new DemoLoader(CONTACTS, REFERRAL, token);
        String annie = connector.addAnnie();
        Api api = new Api(token);
        Api.Answer target = api.post(CONTACTS + "/api/v1/contacts", """
                {"fullName": "Samira Haddad", "email": "%s", "timezone": "Europe/Brussels", "locale": "en"}
                """.formatted(targetEmail));
        assertThat(target.status()).as(target.body()).isEqualTo(201);
        String proposal = """
                {"seekerId": "%s", "targetId": "%s"}""".formatted(annie, target.json().path("id").asText());
        // referral-service knows both once their profile events reached it
        Awaitility.await().atMost(PATIENCE).until(() -> api.post(REFERRAL + "/api/v1/intros", proposal).status(),
                status -> status == 201);
    }

    private static final List<Integer> ALL_PORTS = List.of(LocalPorts.WEB, LocalPorts.CONTACTS, LocalPorts.REFERRAL,
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

package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.ManagedProcess;
import org.warmintro.local.MemberTokens;
import org.warmintro.local.QuarkusServiceProcess;
import org.warmintro.local.Topics;

/**
 * notification-service is killed (SIGKILL, no shutdown of any kind) while intro events stream in and emails go out,
 * and started again from its packaged application: every target gets their email, and nobody gets a second one.
 */
class NotificationServiceCrashTest {

    private static final String OPT_IN_REQUESTED = "referral.intro.opt-in-requested.v1";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final Mailboxes mail = new Mailboxes();

    @Test
    void notificationServiceKilledMidStreamSendsEveryEmailOnceAfterItsRestart() throws Exception {
        try (LocalRunProcess infrastructure = LocalRunProcess.start(dataDir, "--infra-only");
                KafkaProducer<String, String> referralService = producer()) {
            infrastructure.awaitReady(Duration.ofMinutes(3));
            Map<String, String> environment = environment();
            List<ProducerRecord<String, String>> beforeTheCrash = optInRequests(0, 20);
            List<ProducerRecord<String, String>> whileAway = optInRequests(20, 40);

            try (QuarkusServiceProcess service = startNotificationService(environment)) {
                beforeTheCrash.forEach(referralService::send);
                referralService.flush();
                awaitWithLogOf(service, () -> IntStream.range(0, 20)
                        .filter(n -> !mail.inbox(target(n)).isEmpty()).count() >= 3);
                service.process().kill();
            }
            whileAway.forEach(referralService::send);
            referralService.flush();

            try (QuarkusServiceProcess restarted = startNotificationService(environment)) {
                awaitWithLogOf(restarted, () -> IntStream.range(0, 40)
                        .allMatch(n -> !mail.inbox(target(n)).isEmpty()));
                // an email handed to SMTP just before the kill may go again, as the same email: its Message-ID
                assertThat(IntStream.range(0, 40).mapToObj(NotificationServiceCrashTest::target))
                        .allSatisfy(target -> assertThat(mail.inbox(target).stream()
                                .map(NotificationServiceCrashTest::messageId).distinct())
                                .as("emails to %s", target).hasSize(1));
            }
        }
    }

    private static void awaitWithLogOf(QuarkusServiceProcess service, Callable<Boolean> condition) {
        try {
            Awaitility.await().atMost(PATIENCE).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Not within " + PATIENCE + "; the end of " + service.name() + "'s log:\n"
                    + ManagedProcess.tail(service.process().logFile(), 60), e);
        }
    }

    private QuarkusServiceProcess startNotificationService(Map<String, String> environment) {
        QuarkusServiceProcess service = QuarkusServiceProcess.start(LocalRunProcess.repository(),
                "notification-service", LocalPorts.NOTIFICATION, dataDir.resolve("services"), environment);
        service.awaitReady(Duration.ofMinutes(3));
        return service;
    }

    /** What the local run gives notification-service, on the infrastructure it started. */
    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(LocalRunProcess.NO_QUIET_HOURS);
        environment.putAll(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + LocalPorts.KAFKA,
                "DB_JDBC_URL", "jdbc:postgresql://localhost:" + LocalPorts.POSTGRES + "/notification",
                "DB_USERNAME", "notification",
                "DB_PASSWORD", "notification",
                "JWT_ISSUER", MemberTokens.ISSUER,
                "JWT_PUBLIC_KEY_LOCATION", MemberTokens.in(dataDir.resolve("jwt")).publicKeyFile().toString(),
                "PUBLIC_BASE_URL", "http://localhost:" + LocalPorts.NOTIFICATION,
                "UNSUBSCRIBE_TOKEN_SECRET", "crash-test-unsubscribe-secret-of-46-characters"));
        environment.putAll(Map.of(
                "SMTP_HOST", "localhost",
                "SMTP_PORT", Integer.toString(LocalPorts.SMTP),
                "SMTP_TLS", "false",
                "SMTP_START_TLS", "DISABLED"));
        return environment;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + LocalPorts.KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private static String target(int n) {
        return "target-" + n + "@crash.example.org";
    }

    /** Opt-in requests as referral-service publishes them: CloudEvents in binary mode, keyed by intro id. */
    private static List<ProducerRecord<String, String>> optInRequests(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> {
            String introId = UUID.randomUUID().toString();
            String data = json(Map.of(
                    "introId", introId,
                    "memberId", "connector",
                    "state", "OPT_IN_REQUESTED",
                    "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    "blurb", "Media PhD who turns long articles into clear templates.",
                    "optInUrl", "http://localhost:" + LocalPorts.REFERRAL + "/optin/token-" + n,
                    "expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).toString(),
                    "connector", Map.of("name", "The Connector", "email", "connector@members.example.org"),
                    "seeker", Map.of("contactId", UUID.randomUUID().toString(), "name", "Annie Wang",
                            "selfIntroduction", "I reformatted your articles."),
                    "target", Map.of("contactId", UUID.randomUUID().toString(), "name", "Target " + n,
                            "email", target(n))));
            assertThat(EventSchemas.violations(OPT_IN_REQUESTED, data)).isEmpty();
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REFERRAL_INTROS, introId, data);
            Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", OPT_IN_REQUESTED,
                    "ce_source", "urn:warmintro:referral-service", "content-type", "application/json")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return record;
        }).toList();
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage email) {
        try {
            return email.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.CapturedLogs;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

/**
 * What becomes of an email while its SMTP exchange is under way: the server is slow, its lease runs out, it is
 * suppressed. Each email reaches its recipient once, and the record says what its dispatcher was entitled to say.
 */
@QuarkusTest
@TestProfile(EmailInFlightTest.BehindASlowSmtpServer.class)
class EmailInFlightTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final SlowSmtpServer SMTP = new SlowSmtpServer();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service sends through the slow server, which passes everything on to the mail server unless it holds. */
    public static class BehindASlowSmtpServer implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", Integer.toString(SMTP.port()));
        }
    }

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Inject
    TestClock clock;

    @BeforeEach
    void smtpServerPassesEverythingThrough() {
        SMTP.reset(mailServer.smtpPort());
    }

    @Test
    void anEmailWhoseLeaseAnotherDispatcherTookOverKeepsThatDispatchersOutcome() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@lease-taken-over.example.org", "en");
        SMTP.hold(SlowSmtpServer.Holding.STALLING);
        try (ConsumerTask<String, String> deliveries = deliveries()) {
            publish(event.toRecord());
            Notification inFlight = await().atMost(DELIVERY)
                    .until(() -> heldExchange(event), Optional::isPresent).orElseThrow();

            // its lease runs out while the exchange is under way, and a second dispatcher takes the email over
            QuarkusTransaction.requiringNew().run(() -> notifications.update("nextAttemptAt = ?1 where id = ?2",
                    Instant.parse("2000-01-01T00:00:00Z"), inFlight.id));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Lease takenOver = notifications.leaseNextDue(now, now.plus(Duration.ofMinutes(1))).orElseThrow();
            assertThat(takenOver.notificationId()).isEqualTo(inFlight.id);
            assertThat(notifications.markSent(takenOver, now)).isTrue();

            SMTP.release();
            // the first dispatcher's email leaves; its run publishes the outcome once it has tried to mark the email
            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY)
                    .until(() -> outcomesOf(deliveries, event.introId()), found -> !found.isEmpty()).get(0);

            Notification sent = notificationOf(event);
            assertThat(sent.status).isEqualTo(NotificationStatus.SENT);
            assertThat(sent.sentAt).isEqualTo(now);
            assertThat(sent.attempts).isEqualTo(1);
            assertThat(type(outcome)).isEqualTo("notification.sent.v1");
            assertThat(Mailbox.deliveredTo(mailServer, event.targetEmail())).hasSize(1);
        }
    }

    @Test
    void anEmailSuppressedWhileItsSendIsUnderWayStaysSuppressedAndIsNeverReportedSent() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@erased-in-flight.example.org", "en");
        SMTP.hold(SlowSmtpServer.Holding.STALLING);
        try (ConsumerTask<String, String> deliveries = deliveries(); CapturedLogs logs = CapturedLogs.start()) {
            publish(event.toRecord());
            await().atMost(DELIVERY).until(() -> heldExchange(event), Optional::isPresent);

            publish(erasure(event));
            await().atMost(DELIVERY).until(() -> notificationOf(event).status == NotificationStatus.SUPPRESSED);
            SMTP.release();
            // the email left before the erasure could stop it; the exchange ends once the server answers
            await().atMost(DELIVERY).until(() -> Mailbox.deliveredTo(mailServer, event.targetEmail()).size() == 1);

            List<ConsumerRecord<String, String>> outcomes = await().atMost(DELIVERY)
                    .until(() -> outcomesOf(deliveries, event.introId()), found -> !found.isEmpty());
            assertThat(outcomes).extracting(EmailInFlightTest::type).containsOnly("notification.suppressed.v1");
            Notification suppressed = notificationOf(event);
            assertThat(suppressed.status).isEqualTo(NotificationStatus.SUPPRESSED);
            assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.ERASED);
            assertThat(suppressed.sentAt).isNull();
            // nothing went wrong: the dispatcher expected that an email may be suppressed while it leaves
            assertThat(logs.records(Level.WARNING, "org.warmintro")).isEmpty();
            assertThat(logs.records(Level.WARNING, "org.hibernate")).isEmpty();
        }
    }

    @Test
    void anSmtpServerThatNeverAnswersGetsTheEmailOnceFromTheRetry() {
        anEmailHeldByTheSmtpServerArrivesOnce(SlowSmtpServer.Holding.SILENT, "samira@silent-smtp.example.org");
    }

    @Test
    void anSmtpServerThatStallsItsGreetingGetsTheEmailOnceFromTheRetry() {
        anEmailHeldByTheSmtpServerArrivesOnce(SlowSmtpServer.Holding.STALLING, "samira@stalling-smtp.example.org");
    }

    /**
     * The first attempt is given up while the server holds it; once the server answers again, an exchange the
     * service had still kept open would deliver the email, besides the retry.
     */
    private void anEmailHeldByTheSmtpServerArrivesOnce(SlowSmtpServer.Holding holding, String address) {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget(address, "en");
        SMTP.hold(holding);
        publish(event.toRecord());
        await().atMost(DELIVERY).until(() -> notificationOf(event), row -> row != null && row.attempts >= 1);
        SlowSmtpServer.Connection givenUp = SMTP.connections().get(0);

        SMTP.release();
        Notification sent = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.status == NotificationStatus.SENT);
        await().atMost(DELIVERY).until(() -> givenUp.closedByClient()
                || Mailbox.deliveredTo(mailServer, address).size() > 1);

        assertThat(Mailbox.deliveredTo(mailServer, address)).hasSize(1);
        assertThat(sent.attempts).isGreaterThan(1);
    }

    /** The notification of the event, once its email is on its way to the server that holds it. */
    private Optional<Notification> heldExchange(OptInRequestedEvent event) {
        Notification notification = notificationOf(event);
        boolean held = SMTP.connections().stream().anyMatch(SlowSmtpServer.Connection::wasHeld);
        return held && notification != null ? Optional.of(notification) : Optional.empty();
    }

    private ConsumerTask<String, String> deliveries() {
        return kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES);
    }

    private static List<ConsumerRecord<String, String>> outcomesOf(ConsumerTask<String, String> deliveries,
            UUID introId) {
        return deliveries.getRecords().stream().filter(record -> introId.toString().equals(record.key())).toList();
    }

    private static String type(ConsumerRecord<String, String> outcome) {
        return new String(outcome.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    private void publish(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(record).awaitCompletion();
    }

    /** referral-service tells that the target of the intro asked to be forgotten. */
    private static ProducerRecord<String, String> erasure(OptInRequestedEvent event) {
        try {
            String data = JSON.writeValueAsString(Map.of("introId", event.introId(), "memberId", event.memberId(),
                    "state", "CANCELLED", "occurredAt", Instant.now().atOffset(ZoneOffset.UTC).toString(),
                    "erasedParties", List.of("TARGET")));
            return OptInRequestedEvent.cloudEvent(event.introId().toString(), UUID.randomUUID().toString(),
                    "referral.intro.erased.v1", data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Notification notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).firstResult());
    }
}

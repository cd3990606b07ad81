package org.warmintro.notification.cancel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.Topics;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.SuppressionReason;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

/** An intro the connector withdrew asks nothing more of its target, whatever was waiting to go out. */
@QuarkusTest
class IntroCancellationTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Inject
    TestClock clock;

    @AfterEach
    void clockBackToNoon() {
        clock.reset();
    }

    @Test
    void aRequestWaitingForTheMorningIsNeverSentOnceTheConnectorCancelsAndIsReportedSuppressed() throws Exception {
        clock.placeAt(brussels("2026-04-07T22:30"));
        OptInRequestedEvent cancelled = OptInRequestedEvent.forTarget("samira@cancelled-at-night.example.org", "en");
        publish(cancelled.toRecord());
        Instant morning = brussels("2026-04-08T08:00");
        await().atMost(DELIVERY).until(() -> notificationOf(cancelled.eventId()),
                row -> row.isPresent() && morning.equals(row.get().nextAttemptAt));

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            publish(cancelled.cancellation());

            Notification suppressed = awaitStatus(cancelled, NotificationStatus.SUPPRESSED);
            assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.CANCELLED);
            assertSuppressedOutcomePublished(deliveries, cancelled.introId(), "CANCELLED");
        }

        clock.placeAt(morning);
        OptInRequestedEvent later = cancelled.anotherIntroBySameMember();
        publish(later.toRecord());
        MimeMessage received = await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(mailServer, cancelled.targetEmail()), emails -> !emails.isEmpty())
                .get(0);
        awaitStatus(later, NotificationStatus.SENT);
        assertThat(Mailbox.deliveredTo(mailServer, cancelled.targetEmail())).hasSize(1);
        assertThat(Mailbox.part(received, "text/plain"))
                .contains(later.optInUrl())
                .doesNotContain(cancelled.optInUrl());
    }

    @Test
    void theHeldReminderOfACancelledIntroLeavesTheDigestThatCarriedItBeforeItLeaves() throws Exception {
        clock.placeAt(brussels("2026-04-14T10:00"));
        List<OptInRequestedEvent> requests = Stream.iterate(
                OptInRequestedEvent.forTarget("samira@cancelled-while-held.example.org", "en"),
                OptInRequestedEvent::anotherIntroBySameMember).limit(4).toList();
        for (OptInRequestedEvent request : requests.subList(0, 3)) {
            publish(request.toRecord());
            awaitStatus(request, NotificationStatus.SENT);
        }
        OptInRequestedEvent reminder = requests.get(0).reminder();
        OptInRequestedEvent stillAsked = requests.get(3);
        publish(reminder.toRecord());
        awaitStatus(reminder, NotificationStatus.HELD);
        publish(stillAsked.toRecord());
        awaitStatus(stillAsked, NotificationStatus.HELD);
        clock.placeAt(brussels("2026-04-15T22:30"));
        Instant morning = brussels("2026-04-16T08:00");
        Notification composed = await().atMost(DELIVERY).until(() -> heldMailDigestOf(reminder.memberId()),
                row -> row.isPresent() && morning.equals(row.get().nextAttemptAt)).orElseThrow();
        assertThat(composed.subject).isEqualTo("2 messages that waited for you");

        publish(requests.get(0).cancellation());

        Notification suppressed = awaitStatus(reminder, NotificationStatus.SUPPRESSED);
        assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.CANCELLED);
        await().atMost(DELIVERY).until(() -> heldMailDigestOf(reminder.memberId()),
                row -> "1 messages that waited for you".equals(row.orElseThrow().subject));
        clock.placeAt(morning);
        MimeMessage digest = await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(mailServer, reminder.targetEmail()), emails -> emails.size() == 4)
                .get(3);
        assertThat(digest.getSubject()).isEqualTo("1 messages that waited for you");
        assertThat(Mailbox.part(digest, "text/plain")).contains(stillAsked.optInUrl()).doesNotContain(
                reminder.optInUrl(), "Reminder:");
        assertThat(awaitStatus(stillAsked, NotificationStatus.SENT).digestId).isEqualTo(composed.id);
    }

    private static void assertSuppressedOutcomePublished(ConsumerTask<String, String> deliveries, UUID introId,
            String reason) {
        ConsumerRecord<String, String> outcome = await().atMost(DELIVERY).until(
                () -> deliveries.getRecords().stream()
                        .filter(record -> introId.toString().equals(record.key())
                                && record.value().contains("\"status\":\"SUPPRESSED\""))
                        .toList(),
                records -> !records.isEmpty()).get(0);
        assertThat(outcome.value()).contains("\"reason\":\"" + reason + "\"");
        assertThat(EventSchemas.violations("notification.suppressed.v1", outcome.value())).isEmpty();
    }

    private void publish(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(record).awaitCompletion();
    }

    private Notification awaitStatus(OptInRequestedEvent event, NotificationStatus status) {
        return await().atMost(DELIVERY).until(() -> notificationOf(event.eventId()),
                row -> row.isPresent() && row.get().status == status).orElseThrow();
    }

    private Optional<Notification> notificationOf(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", eventId).singleResultOptional());
    }

    private Optional<Notification> heldMailDigestOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> notifications
                .find("memberId = ?1 and template = ?2", memberId, NotificationTemplate.HELD_MAIL_DIGEST)
                .singleResultOptional());
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.BRUSSELS).toInstant();
    }
}

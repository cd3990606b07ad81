package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.testing.CapturedLogs;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;

/**
 * An email is recorded once per event, recipient and template, and that key holds the recipient's address: a
 * duplicate must not write the address into the logs, where PostgreSQL's detail of a unique violation would put it.
 */
@QuarkusTest
class DuplicateNotificationLogTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    NotificationRepository notifications;

    @Test
    void aReplayedIntroEventWritesNoAddressToTheLogs() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@replayed-event.example.org", "en");
        OptInRequestedEvent afterTheReplay = event.sameIntroForTarget("omar@after-the-replay.example.org");

        try (CapturedLogs logs = CapturedLogs.start()) {
            // one intro, so one partition: the last event is read after the replay
            kafka.produceStrings().fromRecords(event.toRecord(), event.toRecord(), afterTheReplay.toRecord())
                    .awaitCompletion();
            await().atMost(DELIVERY).until(() -> notificationOf(afterTheReplay) != null);

            assertThat(QuarkusTransaction.requiringNew().call(() -> notifications.count("eventId", event.eventId())))
                    .isEqualTo(1);
            assertThat(logs.records()).noneMatch(record -> record.contains(event.targetEmail()));
        }
    }

    @Test
    void aDuplicateNotificationKeyWritesNoAddressToTheLogs() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@duplicate-key.example.org", "en");
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
        Notification recorded = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row != null && row.status == NotificationStatus.SENT);

        try (CapturedLogs logs = CapturedLogs.start()) {
            Throwable duplicate = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
                notifications.persist(copyOf(recorded));
                notifications.flush();
            }));

            assertThat(duplicate).isNotNull();
            assertThat(stackTrace(duplicate)).contains("notification_once_per_event_recipient_template")
                    .doesNotContain(event.targetEmail());
            assertThat(logs.records()).isNotEmpty()
                    .noneMatch(record -> record.contains(event.targetEmail()));
        }
    }

    private Notification notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).firstResult());
    }

    /** Another row under the same key (event, recipient, template). */
    private static Notification copyOf(Notification recorded) {
        Notification copy = new Notification();
        copy.id = UUID.randomUUID();
        copy.eventId = recorded.eventId;
        copy.recipient = recorded.recipient;
        copy.recipientRole = recorded.recipientRole;
        copy.template = recorded.template;
        copy.memberId = recorded.memberId;
        copy.introId = recorded.introId;
        copy.status = NotificationStatus.PENDING;
        copy.createdAt = recorded.createdAt;
        return copy;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}

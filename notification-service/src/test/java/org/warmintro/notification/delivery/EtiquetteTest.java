package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectGreenMail;
import org.warmintro.testing.InjectKafkaCompanion;

/** Quiet hours in the recipient's time zone and the cap per recipient: what may not go yet waits, and then goes. */
@QuarkusTest
class EtiquetteTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** Long enough for several runs of the dispatcher, each of which could have sent what must wait. */
    private static final Duration SEVERAL_DISPATCHES = Duration.ofSeconds(3);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    NotificationRepository notifications;

    @Inject
    TestClock clock;

    @AfterEach
    void clockBackToNoon() {
        clock.reset();
    }

    @Test
    void emailDueAtHalfPastTenInTheEveningWaitsUntilEightInTheMorning() {
        clock.placeAt(brussels("2026-01-15T22:30"));
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@late-evening.example.org", "en");

        publish(event);

        Notification waiting = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.isPresent() && row.get().nextAttemptAt != null
                        && row.get().nextAttemptAt.isAfter(brussels("2026-01-15T23:00")))
                .orElseThrow();
        assertThat(waiting.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.nextAttemptAt).isEqualTo(brussels("2026-01-16T08:00"));
        assertThat(waiting.attempts).isZero();
        await().pollDelay(SEVERAL_DISPATCHES).atMost(DELIVERY).until(() -> true);
        assertThat(Mailbox.deliveredTo(greenMail, event.targetEmail())).isEmpty();

        clock.placeAt(brussels("2026-01-16T08:00"));

        await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(greenMail, event.targetEmail()), emails -> emails.size() == 1);
        Notification sent = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.orElseThrow().status == NotificationStatus.SENT)
                .orElseThrow();
        assertThat(sent.sentAt).isBetween(brussels("2026-01-16T08:00"), brussels("2026-01-16T08:05"));
    }

    @Test
    void fourthEmailOfTheDayWaitsUntilTheFirstIsADayOld() {
        clock.placeAt(brussels("2026-01-20T10:00"));
        String address = "samira@busy-day.example.org";
        List<OptInRequestedEvent> events = Stream.generate(() -> OptInRequestedEvent.forTarget(address, "en"))
                .limit(4)
                .toList();

        for (OptInRequestedEvent event : events.subList(0, 3)) {
            publish(event);
            await().atMost(DELIVERY).until(() -> notificationOf(event),
                    row -> row.isPresent() && row.get().status == NotificationStatus.SENT);
        }
        publish(events.get(3));

        Notification first = notificationOf(events.get(0)).orElseThrow();
        Notification waiting = await().atMost(DELIVERY)
                .until(() -> notificationOf(events.get(3)), row -> row.isPresent() && row.get().nextAttemptAt != null
                        && row.get().nextAttemptAt.isAfter(brussels("2026-01-21T00:00")))
                .orElseThrow();
        assertThat(waiting.nextAttemptAt).isEqualTo(first.sentAt.plus(Duration.ofHours(24)));
        await().pollDelay(SEVERAL_DISPATCHES).atMost(DELIVERY).until(() -> true);
        assertThat(Mailbox.deliveredTo(greenMail, address)).hasSize(3);

        clock.placeAt(waiting.nextAttemptAt);

        await().atMost(DELIVERY).until(() -> Mailbox.deliveredTo(greenMail, address), emails -> emails.size() == 4);
        assertThat(notificationOf(events.get(3)).orElseThrow().status).isEqualTo(NotificationStatus.SENT);
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.BRUSSELS).toInstant();
    }

    private void publish(OptInRequestedEvent event) {
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
    }

    private Optional<Notification> notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).singleResultOptional());
    }
}

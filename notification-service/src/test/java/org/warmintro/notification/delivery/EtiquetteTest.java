package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

/** Quiet hours in the recipient's time zone and the cap per recipient: what may not go yet waits, and then goes. */
@QuarkusTest
class EtiquetteTest {

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
        // deferred by the dispatcher instead of sent, and not due again before the morning
        assertThat(Mailbox.deliveredTo(mailServer, event.targetEmail())).isEmpty();

        clock.placeAt(brussels("2026-01-16T08:00"));

        await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(mailServer, event.targetEmail()), emails -> emails.size() == 1);
        Notification sent = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.orElseThrow().status == NotificationStatus.SENT)
                .orElseThrow();
        assertThat(sent.sentAt).isBetween(brussels("2026-01-16T08:00"), brussels("2026-01-16T08:05"));
    }

    @Test
    void emailsBeyondThreeADayAreHeldAndArriveTogetherInOneDigestWhenTheFirstIsADayOld() throws Exception {
        clock.placeAt(brussels("2026-01-20T10:00"));
        OptInRequestedEvent first = OptInRequestedEvent.forTarget("samira@busy-day.example.org", "fr-BE");
        List<OptInRequestedEvent> events = Stream.iterate(first, OptInRequestedEvent::anotherIntroBySameMember)
                .limit(5)
                .toList();

        for (OptInRequestedEvent event : events.subList(0, 3)) {
            publish(event);
            await().atMost(DELIVERY).until(() -> notificationOf(event),
                    row -> row.isPresent() && row.get().status == NotificationStatus.SENT);
        }
        List<OptInRequestedEvent> beyondTheCap = events.subList(3, 5);
        beyondTheCap.forEach(this::publish);

        Instant firstSent = notificationOf(first).orElseThrow().sentAt;
        for (OptInRequestedEvent event : beyondTheCap) {
            Notification held = await().atMost(DELIVERY).until(() -> notificationOf(event),
                    row -> row.isPresent() && row.get().status == NotificationStatus.HELD).orElseThrow();
            assertThat(held.nextAttemptAt).isEqualTo(firstSent.plus(Duration.ofHours(24)));
        }
        // held by the dispatcher instead of sent: only the digest takes them out again
        assertThat(Mailbox.deliveredTo(mailServer, first.targetEmail())).hasSize(3);

        clock.placeAt(firstSent.plus(Duration.ofHours(24)));

        List<MimeMessage> received = await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(mailServer, first.targetEmail()), emails -> emails.size() == 4);
        MimeMessage digest = received.stream().filter(email -> subjectOf(email).contains("messages")).findFirst()
                .orElseThrow();
        assertThat(digest.getSubject()).isEqualTo("2 messages qui vous attendaient");
        assertThat(digest.getHeader("List-Unsubscribe")).isNotEmpty();
        assertThat(Mailbox.part(digest, "text/plain"))
                .contains("Pour garder votre boîte calme")
                .contains(beyondTheCap.get(0).optInUrl(), beyondTheCap.get(1).optInUrl());
        assertThat(Jsoup.parse(Mailbox.part(digest, "text/html")).select("a[href]").eachAttr("href"))
                .contains(beyondTheCap.get(0).optInUrl(), beyondTheCap.get(1).optInUrl());
        for (OptInRequestedEvent event : beyondTheCap) {
            Notification carried = await().atMost(DELIVERY).until(() -> notificationOf(event),
                    row -> row.orElseThrow().status == NotificationStatus.SENT).orElseThrow();
            assertThat(digest.getMessageID()).isEqualTo("<" + carried.digestId + "@warmintro.org>");
        }
    }

    private static String subjectOf(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
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

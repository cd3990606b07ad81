package org.warmintro.notification.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warmintro.notification.intro.Mailbox.part;
import static org.warmintro.notification.intro.Mailbox.receivedBy;

import java.time.Duration;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.RecipientRole;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

@QuarkusTest
class OptInRequestEmailTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Test
    void optInRequestedEventSendsTheTargetOneMultipartEmailWithTheAcceptLink() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@opt-in-sent.example.org", "en");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.targetEmail());
        assertThat(email.getSubject())
                .isEqualTo(OptInRequestedEvent.CONNECTOR_NAME + " would like to introduce you to "
                        + OptInRequestedEvent.SEEKER_NAME);
        assertThat(email.getContentType()).startsWith("multipart/alternative");
        assertThat(part(email, "text/plain"))
                .contains("Hello Samira,")
                .contains(OptInRequestedEvent.SEEKER_NAME, OptInRequestedEvent.SEEKER_HEADLINE)
                .contains("It is about the Senior Backend Engineer role.")
                .contains("Accept or decline the introduction")
                .contains(event.optInUrl());
        assertThat(part(email, "text/html"))
                .contains("<a href=\"" + event.optInUrl() + "\"")
                // user text is escaped once, whether it comes straight from the event or through a message
                .contains("Backend &amp; platform engineer")
                .contains("About Annie O&#39;Neil")
                .doesNotContain("&amp;#39;");
        assertThat(email.getReplyTo()).extracting(Object::toString).containsExactly("dana@connector.example.org");

        Notification notification = awaitSent(event);
        assertThat(notification.recipient).isEqualTo(event.targetEmail());
        assertThat(notification.recipientRole).isEqualTo(RecipientRole.TARGET);
        assertThat(notification.template).isEqualTo(NotificationTemplate.OPT_IN_REQUEST);
        assertThat(notification.memberId).isEqualTo(event.memberId());
        assertThat(notification.introId).isEqualTo(event.introId());
        assertThat(notification.sentAt).isNotNull();
        assertThat(email.getMessageID()).isEqualTo("<" + notification.id + "@warmintro.org>");
    }

    @Test
    void replayingTheSameEventSendsNothingMore() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@replayed.example.org", "en");
        publish(event);
        awaitOnlyEmailTo(event.targetEmail());

        publish(event);
        // processed after the replay, since the same intro keeps the same partition
        OptInRequestedEvent next = event.sameIntroForTarget("omar@after-replay.example.org");
        publish(next);
        awaitOnlyEmailTo(next.targetEmail());

        assertThat(receivedBy(mailServer, event.targetEmail())).hasSize(1);
        assertThat(notificationsOf(event)).hasSize(1);
    }

    @Test
    void frenchTargetGetsTheEmailInFrench() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@en-francais.example.org", "fr");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.targetEmail());
        assertThat(email.getSubject()).isEqualTo(
                OptInRequestedEvent.CONNECTOR_NAME + " aimerait vous présenter " + OptInRequestedEvent.SEEKER_NAME);
        assertThat(part(email, "text/plain"))
                .contains("Bonjour Samira,")
                .contains("Dana Whitfield pense qu'Annie O'Neil et vous devriez vous rencontrer")
                .contains("Il s'agit du poste de Senior Backend Engineer.")
                .contains("À propos d'Annie O'Neil", "Ce qu'Annie O'Neil propose")
                .contains("Accepter ou refuser la mise en relation")
                .contains(event.optInUrl());
        assertThat(part(email, "text/html")).contains("Accepter ou refuser la mise en relation")
                .contains("pense qu&#39;Annie O&#39;Neil et vous");
    }

    @Test
    void theFrenchEmailKeepsQueAndDeWholeBeforeASeekerWhoseNameStartsWithAConsonant() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@que-bruno.example.org", "fr")
                .withSeekerName("Bruno Peeters");

        publish(event);

        assertThat(part(awaitOnlyEmailTo(event.targetEmail()), "text/plain"))
                .contains("Dana Whitfield pense que Bruno Peeters et vous devriez vous rencontrer")
                .contains("À propos de Bruno Peeters", "Ce que Bruno Peeters propose");
    }

    @Test
    void targetInAnotherLanguageGetsTheEmailInEnglish() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@auf-englisch.example.org", "de-DE");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.targetEmail());
        assertThat(part(email, "text/plain")).contains("Hello Samira,", "Accept or decline the introduction");
    }

    private void publish(OptInRequestedEvent event) {
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
    }

    private MimeMessage awaitOnlyEmailTo(String address) {
        return await().atMost(DELIVERY)
                .until(() -> receivedBy(mailServer, address), emails -> emails.size() == 1)
                .get(0);
    }

    private Notification awaitSent(OptInRequestedEvent event) {
        return await().atMost(DELIVERY)
                .until(() -> notificationsOf(event),
                        rows -> rows.size() == 1 && rows.get(0).status == NotificationStatus.SENT)
                .get(0);
    }

    private List<Notification> notificationsOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.list("eventId", event.eventId()));
    }
}

package org.warmintro.notification.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warmintro.notification.intro.Mailbox.addresses;
import static org.warmintro.notification.intro.Mailbox.deliveredTo;
import static org.warmintro.notification.intro.Mailbox.part;

import java.time.Duration;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
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
class IntroStateEmailTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Test
    void acceptedIntroSendsSeekerAndTargetOneEmailWithTheConnectorInCopy() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "double-intro.example.org", "en", "en");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.seekerEmail());
        assertThat(addresses(email, RecipientType.TO)).containsExactly(event.seekerEmail(), event.targetEmail());
        assertThat(addresses(email, RecipientType.CC)).containsExactly(event.connectorEmail());
        assertThat(email.getReplyTo()).extracting(address -> ((InternetAddress) address).getAddress())
                .containsExactly(event.seekerEmail(), event.targetEmail());
        // the event names nobody by their given name, as events published before the field existed: the first word
        // of each name stands in for it
        assertThat(email.getSubject()).isEqualTo("Annie, meet " + IntroStateEvent.TARGET_NAME);
        assertThat(email.getContentType()).startsWith("multipart/alternative");
        assertThat(part(email, "text/plain"))
                .contains("Hello Annie and Samira,")
                .contains("Samira, meet Annie O'Neil", IntroStateEvent.SEEKER_HEADLINE, IntroStateEvent.BLURB)
                .contains("Annie, meet Samira Haddad", IntroStateEvent.TARGET_HEADLINE)
                .contains("Samira is hiring for the Senior Backend Engineer role.")
                .contains(IntroStateEvent.CONNECTOR_NAME + " is in copy");
        assertThat(part(email, "text/html"))
                .contains("Backend &amp; platform engineer")
                .contains("Samira, meet Annie O&#39;Neil")
                .doesNotContain("&amp;#39;");
        // the one email reaches each of the three mailboxes once
        assertThat(deliveredTo(mailServer, event.targetEmail())).hasSize(1);
        assertThat(deliveredTo(mailServer, event.connectorEmail())).hasSize(1)
                .allSatisfy(copy -> assertThat(copy.getMessageID()).isEqualTo(email.getMessageID()));

        Notification notification = awaitSent(event);
        assertThat(notification.template).isEqualTo(NotificationTemplate.DOUBLE_INTRO);
        assertThat(notification.recipient).isEqualTo(event.targetEmail());
        assertThat(notification.recipientRole).isEqualTo(RecipientRole.TARGET);
        assertThat(email.getMessageID()).isEqualTo("<" + notification.id + "@warmintro.org>");
    }

    @Test
    void theDoubleIntroGreetsSeekerAndTargetByTheGivenNamesTheEventCarries() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "given-names.example.org", "en", "en")
                .withNames(new IntroStateEvent.Names("Dr. Annie Wang", "Annie", "Eline Van den Broeck", "Eline",
                        "Kofi De Vries", "Kofi"));

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.seekerEmail());
        assertThat(email.getSubject()).isEqualTo("Annie, meet Eline Van den Broeck");
        assertThat(part(email, "text/plain"))
                .contains("Hello Annie and Eline,")
                .contains("Kofi De Vries thought you two should meet, and Eline said yes")
                .contains("Eline, meet Dr. Annie Wang")
                .contains("Annie, meet Eline Van den Broeck")
                .doesNotContain("Dr.,", "Hello Dr.");
        assertThat(part(email, "text/html")).contains("Hello Annie and Eline,");
    }

    @Test
    void theFrenchDoubleIntroElidesQueBeforeAConnectorWhoseNameStartsWithAVowel() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "qu-elision.example.org", "fr", "fr-BE")
                .withNames(new IntroStateEvent.Names("Annie Wang", "Annie", "Eline Van den Broeck", "Eline",
                        "Isabelle Janssens", "Isabelle"));

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.seekerEmail());
        assertThat(email.getSubject()).isEqualTo("Annie, voici Eline Van den Broeck");
        assertThat(part(email, "text/plain"))
                .contains("Bonjour Annie et Eline,")
                .contains("Eline recrute pour le poste de Senior Backend Engineer.")
                .contains("vous avez tous deux accepté qu'Isabelle Janssens vous présente.");
        assertThat(part(email, "text/html")).contains("accepté qu&#39;Isabelle Janssens vous présente");
    }

    @Test
    void theFrenchDoubleIntroKeepsQueWholeBeforeAConnectorWhoseNameStartsWithAConsonant() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "que-whole.example.org", "fr", "fr")
                .withNames(new IntroStateEvent.Names("Annie Wang", "Annie", "Eline Van den Broeck", "Eline",
                        "Bruno Lambert", "Bruno"));

        publish(event);

        assertThat(part(awaitOnlyEmailTo(event.seekerEmail()), "text/plain"))
                .contains("Bonjour Annie et Eline,")
                .contains("vous avez tous deux accepté que Bruno Lambert vous présente.");
    }

    @Test
    void replayedAcceptedEventIntroducesThemOnlyOnce() {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "replayed-intro.example.org", "en", "en");
        publish(event);
        awaitOnlyEmailTo(event.seekerEmail());

        publish(event);
        // processed after the replay, since the same intro keeps the same partition
        IntroStateEvent declined = new IntroStateEvent(IntroStateEvent.DECLINED, "after-replay-" + event.eventId(),
                event.introId(), event.memberId(), "after-replay.example.org", "en", "en", null);
        publish(declined);
        awaitOnlyEmailTo(declined.connectorEmail());

        assertThat(deliveredTo(mailServer, event.seekerEmail())).hasSize(1);
        assertThat(notificationsOf(event)).hasSize(1);
    }

    @Test
    void seekerAndTargetWhoBothReadFrenchAreIntroducedInFrench() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "en-francais.example.org", "fr-BE", "fr");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.seekerEmail());
        assertThat(email.getSubject()).isEqualTo("Annie, voici Samira Haddad");
        assertThat(part(email, "text/plain"))
                .contains("Bonjour Annie et Samira,")
                .contains("Samira recrute pour le poste de Senior Backend Engineer.");
        assertThat(part(email, "text/html")).contains("Samira, voici Annie O&#39;Neil");
    }

    @Test
    void seekerAndTargetWithoutACommonLanguageAreIntroducedInEnglish() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "mixed-languages.example.org", "fr", "en");

        publish(event);

        assertThat(part(awaitOnlyEmailTo(event.seekerEmail()), "text/plain"))
                .contains("Hello Annie and Samira,");
    }

    @Test
    void declinedIntroSendsOnlyTheConnectorAShortNote() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.DECLINED, "declined.example.org", "en", "en");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.connectorEmail());
        assertThat(addresses(email, RecipientType.TO)).containsExactly(event.connectorEmail());
        assertThat(addresses(email, RecipientType.CC)).isEmpty();
        assertThat(email.getSubject()).isEqualTo("Samira Haddad declined the introduction to Annie O'Neil");
        assertThat(part(email, "text/plain"))
                .contains("Hello Dana,")
                .contains("It was about the Senior Backend Engineer role.")
                .contains("Annie O'Neil has not been told who declined");
        assertThat(part(email, "text/html")).contains("Annie O&#39;Neil has not been told who declined");

        Notification notification = awaitSent(event);
        assertThat(notification.template).isEqualTo(NotificationTemplate.DECLINED_NOTE);
        assertThat(notification.recipientRole).isEqualTo(RecipientRole.CONNECTOR);
        assertThat(deliveredTo(mailServer, event.seekerEmail())).isEmpty();
        assertThat(deliveredTo(mailServer, event.targetEmail())).isEmpty();
    }

    @Test
    void connectorWhoReadsFrenchGetsTheDeclinedNoteInFrench() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.DECLINED, "declined-fr.example.org", "en", "en")
                .withConnectorLocale("fr-BE");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.connectorEmail());
        assertThat(email.getSubject()).isEqualTo("Samira Haddad a décliné la mise en relation avec Annie O'Neil");
        assertThat(part(email, "text/plain"))
                .contains("Bonjour Dana,")
                .contains("Il s'agissait du poste de Senior Backend Engineer.")
                .contains("Annie O'Neil ne sait pas qui a décliné");
        assertThat(part(email, "text/html")).contains("Ne plus recevoir ces e-mails");
    }

    @Test
    void remindedTargetGetsOneReminderWithTheSameLink() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.OPT_IN_REMINDED, "reminded.example.org", "en", "fr");

        publish(event);

        MimeMessage email = awaitOnlyEmailTo(event.targetEmail());
        assertThat(email.getSubject()).isEqualTo("Rappel : Dana Whitfield aimerait vous présenter Annie O'Neil");
        assertThat(part(email, "text/plain"))
                .contains("Un petit rappel")
                .contains(event.optInUrl());
        assertThat(part(email, "text/html")).contains("<a href=\"" + event.optInUrl() + "\"");
        assertThat(awaitSent(event).template).isEqualTo(NotificationTemplate.OPT_IN_REMINDER);
        assertThat(deliveredTo(mailServer, event.seekerEmail())).isEmpty();
    }

    private void publish(IntroStateEvent event) {
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
    }

    private MimeMessage awaitOnlyEmailTo(String address) {
        return await().atMost(DELIVERY)
                .until(() -> deliveredTo(mailServer, address), emails -> emails.size() == 1)
                .get(0);
    }

    private Notification awaitSent(IntroStateEvent event) {
        return await().atMost(DELIVERY)
                .until(() -> notificationsOf(event),
                        rows -> rows.size() == 1 && rows.get(0).status == NotificationStatus.SENT)
                .get(0);
    }

    private List<Notification> notificationsOf(IntroStateEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.list("eventId", event.eventId()));
    }
}

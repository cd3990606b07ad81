package org.warmintro.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warmintro.notification.intro.Mailbox.deliveredTo;
import static org.warmintro.notification.intro.Mailbox.part;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.intro.IntroStateEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

@QuarkusTest
class ConnectorDigestTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    TestClock clock;

    @AfterEach
    void clockBackToNoon() {
        clock.reset();
    }

    @Test
    void suggestionsAndExpiriesReachTheConnectorInOneDigestPerPeriod() throws Exception {
        IntroStateEvent suggested = IntroStateEvent.of(IntroStateEvent.PROPOSED, "digest.example.org", "en", "en");
        IntroStateEvent expired = suggested.anotherIntro(IntroStateEvent.EXPIRED);
        kafka.produceStrings().fromRecords(suggested.toRecord(), expired.toRecord(), suggested.toRecord())
                .awaitCompletion();

        MimeMessage digest = await().atMost(DELIVERY)
                .until(() -> deliveredTo(mailServer, suggested.connectorEmail()), emails -> emails.size() == 1)
                .get(0);
        assertThat(digest.getSubject()).isEqualTo("What happened with your introductions");
        assertThat(digest.getHeader("List-Unsubscribe")).hasSize(1);
        String text = part(digest, "text/plain");
        assertThat(text)
                .contains("Hello Dana,")
                .contains("- Suggested: introduce Annie O'Neil to Samira Haddad. It is about the Senior Backend"
                        + " Engineer role.")
                .contains("- Expired: Samira Haddad did not answer about meeting Annie O'Neil.");
        // the replayed suggestion is one line, not two
        assertThat(text.split("Suggested:", -1)).hasSize(2);
        assertThat(part(digest, "text/html")).contains("Suggested: introduce Annie O&#39;Neil to Samira Haddad.");
        assertThat(deliveredTo(mailServer, suggested.seekerEmail())).isEmpty();
        assertThat(deliveredTo(mailServer, suggested.targetEmail())).isEmpty();

        IntroStateEvent later = suggested.anotherIntro(IntroStateEvent.PROPOSED);
        kafka.produceStrings().fromRecords(later.toRecord()).awaitCompletion();
        await().atMost(DELIVERY).until(() -> digestItemOf(later).isPresent());
        // another connector's digest, gathered after that line was recorded, arrives: a check has passed since
        IntroStateEvent elsewhere = IntroStateEvent.of(IntroStateEvent.PROPOSED, "digest-elsewhere.example.org", "en",
                "en");
        kafka.produceStrings().fromRecords(elsewhere.toRecord()).awaitCompletion();
        await().atMost(DELIVERY).until(() -> !deliveredTo(mailServer, elsewhere.connectorEmail()).isEmpty());
        assertThat(digestItemOf(later).orElseThrow().notificationId)
                .as("a second digest within the period took the later line").isNull();
        assertThat(deliveredTo(mailServer, suggested.connectorEmail())).hasSize(1);

        clock.placeAt(clock.instant().plus(Duration.ofHours(24)));

        List<MimeMessage> digests = await().atMost(DELIVERY)
                .until(() -> deliveredTo(mailServer, suggested.connectorEmail()), emails -> emails.size() == 2);
        assertThat(digests).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
    }

    private static Optional<DigestItem> digestItemOf(IntroStateEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DigestItem.<DigestItem>find("eventId", event.eventId()).singleResultOptional());
    }

    @Test
    void aConnectorWhoReadsFrenchGetsTheirDigestInFrench() throws Exception {
        IntroStateEvent suggested = IntroStateEvent.of(IntroStateEvent.PROPOSED, "digest-fr.example.org", "en", "en")
                .withConnectorLocale("fr")
                .withNames(new IntroStateEvent.Names(IntroStateEvent.SEEKER_NAME, "Annie",
                        IntroStateEvent.TARGET_NAME, "Samira", "Dr Dana Whitfield", "Dana"));
        IntroStateEvent expired = suggested.anotherIntro(IntroStateEvent.EXPIRED);
        kafka.produceStrings().fromRecords(suggested.toRecord(), expired.toRecord()).awaitCompletion();

        MimeMessage digest = await().atMost(DELIVERY)
                .until(() -> deliveredTo(mailServer, suggested.connectorEmail()), emails -> emails.size() == 1)
                .get(0);
        assertThat(digest.getSubject()).isEqualTo("Où en sont vos mises en relation");
        assertThat(part(digest, "text/plain"))
                .contains("Bonjour Dana,")
                .contains("- Suggestion : présenter Annie O'Neil à Samira Haddad. Il s'agit du poste de Senior Backend"
                        + " Engineer.")
                .contains("- Expirée : Samira Haddad n'a pas répondu au sujet d'Annie O'Neil. Annie O'Neil n'en a"
                        + " rien su.");
    }
}

package org.warmintro.notification.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.mail.Header;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

/**
 * Names come from events and from the connector's token, and go into subjects: a name with line breaks must not
 * add a header, a recipient or a body of its own.
 */
@QuarkusTest
class HeaderInjectionTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** The headers every opt-in request has: the service's, the mailer's (an empty Cc) and the SMTP server's. */
    private static final List<String> HEADERS = List.of("Date", "From", "Reply-To", "To", "Cc", "Message-ID",
            "Subject", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type", "Return-Path",
            "Received");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Test
    void aSeekerNameWithLineBreaksAddsNoRecipientNoHeaderAndStaysOnTheSubjectLine() throws Exception {
        String evil = "evil-" + UUID.randomUUID() + "@example.org";
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@header-injection.example.org", "en")
                .withSeekerName(
                        "X\r\nBcc: " + evil + "\r\n\r\n<html><a href=\"https://evil.example.org\">x</a></html>");

        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();

        MimeMessage email = await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(mailServer, event.targetEmail()), emails -> emails.size() == 1)
                .get(0);
        // the server received one message for one recipient: a Bcc would have delivered a copy to it
        assertThat(Mailbox.deliveredTo(mailServer, evil)).isEmpty();
        assertThat(email.getAllRecipients()).hasSize(1);
        assertThat(Mailbox.addresses(email, RecipientType.TO)).containsExactly(event.targetEmail());
        assertThat(email.getHeader("Bcc")).isNull();
        assertThat(Collections.list(email.getAllHeaders())).extracting(Header::getName)
                .allSatisfy(name -> assertThat(HEADERS).contains(name));
        assertThat(email.getSubject())
                .doesNotContain("\r", "\n")
                .isEqualTo(OptInRequestedEvent.CONNECTOR_NAME + " would like to introduce you to X Bcc: " + evil
                        + " <html><a href=\"https://evil.example.org\">x</a></html>");
        assertThat(Mailbox.part(email, "text/html")).doesNotContain("<a href=\"https://evil.example.org\"");
    }
}

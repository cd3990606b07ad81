package org.warmintro.notification.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

/**
 * Reads the HTML of each email as it reached the SMTP server with a real parser and follows every link: the links
 * into this service must reach a route that answers, the others must be the ones the event gave.
 */
@QuarkusTest
class EmailLinksTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String PUBLIC_BASE_URL = "http://localhost:8083";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    NotificationRepository notifications;

    @InjectMailServer
    MailServer mailServer;

    @Test
    void everyLinkOfEveryEmailLeadsSomewhereThatExists() throws Exception {
        OptInRequestedEvent request = OptInRequestedEvent.forTarget("samira@links-request.example.org", "fr");
        IntroStateEvent reminder = IntroStateEvent.of(IntroStateEvent.OPT_IN_REMINDED, "links.example.org", "en", "en");
        IntroStateEvent accepted = reminder.anotherIntro(IntroStateEvent.ACCEPTED);
        IntroStateEvent declined = reminder.anotherIntro(IntroStateEvent.DECLINED);
        kafka.produceStrings().fromRecords(request.toRecord(), reminder.toRecord(), accepted.toRecord(),
                declined.toRecord()).awaitCompletion();

        assertLinks(sentFor(request.eventId()), List.of(request.optInUrl()));
        assertLinks(sentFor(reminder.eventId()), List.of(reminder.optInUrl()));
        assertLinks(sentFor(accepted.eventId()), List.of());
        assertLinks(sentFor(declined.eventId()), List.of());
    }

    private void assertLinks(Notification notification, List<String> externalLinks) throws Exception {
        String html = Mailbox.part(received(notification), "text/html");
        List<String> links = Jsoup.parse(html).select("a[href]").stream()
                .map(link -> link.attr("href"))
                .toList();
        assertThat(links).as("links of %s", notification.template).allSatisfy(link -> {
            if (link.startsWith(PUBLIC_BASE_URL + "/")) {
                given().when().get(URI.create(link).getPath()).then().statusCode(200);
            } else {
                assertThat(externalLinks).contains(link);
            }
        });
        assertThat(links).containsAll(externalLinks);
        assertThat(Jsoup.parse(html).select("a:not([href])")).isEmpty();
        assertThat(links.stream().filter(link -> link.contains("/unsubscribe/")).count())
                .as("unsubscribe links of %s", notification.template)
                .isEqualTo(notification.template.offersUnsubscribe() ? 1 : 0);
    }

    /** The email of the notification, by its Message-ID: several of these emails go to the same people. */
    private MimeMessage received(Notification notification) {
        String messageId = "<" + notification.id + "@warmintro.org>";
        return await().atMost(DELIVERY).until(() -> mailServer.receivedMessages().stream()
                .filter(email -> messageId.equals(messageIdOf(email))).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static String messageIdOf(MimeMessage email) {
        try {
            return email.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Notification sentFor(String eventId) {
        return await().atMost(DELIVERY)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> notifications.find("eventId", eventId).singleResultOptional()),
                        row -> row.isPresent() && row.get().status == NotificationStatus.SENT)
                .orElseThrow();
    }
}

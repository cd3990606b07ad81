package org.warmintro.notification.unsubscribe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.warmintro.notification.intro.Mailbox.part;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.Topics;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.intro.IntroStateEvent;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

@QuarkusTest
class UnsubscribeTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Test
    void emailCarriesAOneClickUnsubscribeHeaderAndALinkInTheBody() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@unsubscribe-header.example.org", "en");

        publish(event);

        MimeMessage email = awaitEmailsTo(event.targetEmail(), 1).get(0);
        String url = unsubscribeUrl(email);
        Notification notification = notificationOf(event.eventId()).orElseThrow();
        assertThat(url).startsWith("http://localhost:8083/unsubscribe/primary." + notification.id + ".");
        assertThat(email.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(part(email, "text/plain")).contains("Do not email me again: " + url);
        assertThat(part(email, "text/html")).contains("<a href=\"" + url + "\"");
    }

    @Test
    void followingTheLinkShowsAPageAndChangesNothing() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@only-looked.example.org", "en");
        publish(event);
        String path = URI.create(unsubscribeUrl(awaitEmailsTo(event.targetEmail(), 1).get(0))).getPath();

        given().when().get(path)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("s•••@only-looked.example.org"), containsString("<form method=\"post\">"),
                        not(containsString(event.targetEmail())));

        OptInRequestedEvent next = event.sameIntroForTarget(event.targetEmail());
        publish(next);
        awaitEmailsTo(event.targetEmail(), 2);
    }

    @Test
    void oneClickUnsubscribesAndTheAddressGetsNothingMore() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("Samira@One-Click.example.org", "en");
        publish(event);
        String path = URI.create(unsubscribeUrl(awaitEmailsTo(event.targetEmail(), 1).get(0))).getPath();

        given().contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .when().post(path)
                .then()
                .statusCode(200)
                .body(containsString("You are unsubscribed"));
        // a second click, say the page's button after the mail client's one, changes nothing
        given().when().post(path).then().statusCode(200);

        // the same address, spelt otherwise, in another intro
        OptInRequestedEvent later = OptInRequestedEvent.forTarget("samira@one-click.example.org", "en");
        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            publish(later);

            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY)
                    .until(() -> deliveries.stream()
                            .filter(record -> later.introId().toString().equals(record.key()))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(new String(outcome.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("notification.suppressed.v1");
            assertThat(EventSchemas.violations("notification.suppressed.v1", outcome.value())).isEmpty();
        }
        assertThat(notificationOf(later.eventId()).orElseThrow().status).isEqualTo(NotificationStatus.SUPPRESSED);
        assertThat(emailsTo(event.targetEmail())).hasSize(1);
    }

    @Test
    void forgedOrUnknownTokensFindNothing() {
        given().when().get("/unsubscribe/not-a-token").then().statusCode(404);
        given().when().post("/unsubscribe/" + UUID.randomUUID() + ".AAAA").then().statusCode(404);
    }

    @Test
    void doubleIntroOffersNoUnsubscribeToItsThreeReaders() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "no-unsubscribe.example.org", "en", "en");
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();

        MimeMessage email = awaitEmailsTo(event.seekerEmail(), 1).get(0);
        assertThat(email.getHeader("List-Unsubscribe")).isNull();
        assertThat(part(email, "text/html")).doesNotContain("/unsubscribe/");
    }

    private static String unsubscribeUrl(MimeMessage email) {
        try {
            String[] header = email.getHeader("List-Unsubscribe");
            assertThat(header).hasSize(1);
            assertThat(header[0]).startsWith("<").endsWith(">");
            return header[0].substring(1, header[0].length() - 1);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(OptInRequestedEvent event) {
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
    }

    private List<MimeMessage> awaitEmailsTo(String address, int count) {
        return await().atMost(DELIVERY).until(() -> emailsTo(address), emails -> emails.size() == count);
    }

    private List<MimeMessage> emailsTo(String address) {
        return Mailbox.deliveredTo(mailServer, address);
    }

    private Optional<Notification> notificationOf(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", eventId).singleResultOptional());
    }
}

package org.warmintro.notification.erasure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
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
import org.warmintro.notification.delivery.SuppressionReason;
import org.warmintro.notification.intro.IntroStateEvent;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectGreenMail;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.TestTokens;

/** A person who asked to be forgotten is forgotten here too, and nothing more is sent about their intros. */
@QuarkusTest
class IntroErasureTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Duration SEVERAL_DISPATCHES = Duration.ofSeconds(3);
    private static final String ERASED = "referral.intro.erased.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void anErasedSeekerIsGoneFromTheConnectorsNotificationsAndNothingOfTheIntroIsSentAgain() {
        IntroStateEvent accepted = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "erased-seeker.example.org", "en",
                "en");
        // one partition for every record of this test, so that the last one read proves the others were read
        publishToFirstPartition(accepted.toRecord());
        Notification sent = await().atMost(DELIVERY).until(() -> notificationOf(accepted.introId()),
                row -> row != null && row.status == NotificationStatus.SENT);

        publishToFirstPartition(erasure(accepted.introId(), accepted.memberId(), "INTRODUCED", "SEEKER"));

        await().atMost(DELIVERY).until(() -> notificationOf(accepted.introId()).htmlBody == null);
        Notification erased = notificationOf(accepted.introId());
        assertThat(erased.subject).isNull();
        assertThat(erased.textBody).isNull();
        assertThat(erased.envelope).isNull();
        assertThat(erased.status).isEqualTo(NotificationStatus.SENT);
        asMember(accepted.memberId()).queryParam("introId", accepted.introId().toString())
                .get("/api/v1/notifications")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].subject", nullValue())
                .body(not(containsString("Annie")));
        asMember(accepted.memberId()).get("/api/v1/notifications/" + sent.id + "/preview").then().statusCode(404);

        publishToFirstPartition(accepted.toRecord());
        publishToFirstPartition(
                accepted.sameIntro(IntroStateEvent.OPT_IN_REMINDED, "reminder-" + accepted.eventId()).toRecord());
        IntroStateEvent later = IntroStateEvent.of(IntroStateEvent.DECLINED, "after-erasure.example.org", "en", "en");
        publishToFirstPartition(later.toRecord());
        await().atMost(DELIVERY).until(() -> Mailbox.deliveredTo(greenMail, later.connectorEmail()).size() == 1);

        assertThat(Mailbox.deliveredTo(greenMail, accepted.seekerEmail())).hasSize(1);
        assertThat(Mailbox.deliveredTo(greenMail, accepted.targetEmail())).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> notifications.list("introId", accepted.introId())))
                .hasSize(1);
    }

    @Test
    void anEmailWaitingForTheMorningWhenItsTargetIsErasedNeverLeavesForgetsTheirAddressAndIsReportedSuppressed() {
        clock.placeAt(LocalDateTime.parse("2026-01-15T22:30").atZone(TestClock.BRUSSELS).toInstant());
        OptInRequestedEvent request = OptInRequestedEvent.forTarget("samira@erased-at-night.example.org", "en");
        kafka.produceStrings().fromRecords(request.toRecord()).awaitCompletion();
        await().atMost(DELIVERY).until(() -> notificationOf(request.introId()), row -> row != null
                && row.nextAttemptAt != null && row.nextAttemptAt.isAfter(clock.instant().plusSeconds(3600)));

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            kafka.produceStrings().fromRecords(erasure(request.introId(), request.memberId(), "CANCELLED", "TARGET"))
                    .awaitCompletion();

            Notification suppressed = await().atMost(DELIVERY).until(() -> notificationOf(request.introId()),
                    row -> row.status == NotificationStatus.SUPPRESSED);
            assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.ERASED);
            assertThat(suppressed.htmlBody).isNull();
            assertThat(suppressed.recipient).doesNotContain("samira");
            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY).until(
                    () -> deliveries.getRecords().stream()
                            .filter(record -> request.introId().toString().equals(record.key())).toList(),
                    records -> !records.isEmpty()).get(0);
            assertThat(outcome.value()).contains("\"status\":\"SUPPRESSED\"", "\"reason\":\"ERASED\"");
            assertThat(EventSchemas.violations("notification.suppressed.v1", outcome.value())).isEmpty();
        }

        clock.placeAt(LocalDateTime.parse("2026-01-16T08:00").atZone(TestClock.BRUSSELS).toInstant());
        await().pollDelay(SEVERAL_DISPATCHES).atMost(DELIVERY).until(() -> true);
        assertThat(Mailbox.deliveredTo(greenMail, request.targetEmail())).isEmpty();
    }

    private static ProducerRecord<String, String> erasure(UUID introId, String memberId, String state,
            String... erasedParties) {
        String data;
        try {
            data = JSON.writeValueAsString(Map.of("introId", introId, "memberId", memberId, "state", state,
                    "occurredAt", Instant.now().atOffset(ZoneOffset.UTC).toString(), "erasedParties",
                    List.of(erasedParties)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(EventSchemas.violations(ERASED, data)).isEmpty();
        return OptInRequestedEvent.cloudEvent(introId.toString(), UUID.randomUUID().toString(), ERASED, data);
    }

    private void publishToFirstPartition(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(record.topic(), 0, record.key(), record.value(),
                record.headers())).awaitCompletion();
    }

    private Notification notificationOf(UUID introId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("introId", introId).firstResult());
    }

    private static RequestSpecification asMember(String memberId) {
        return given().header("Authorization", TestTokens.bearer(memberId));
    }
}

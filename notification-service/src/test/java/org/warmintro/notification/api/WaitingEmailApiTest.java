package org.warmintro.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.TestTokens;

/** An operator asked where someone's email is sees that it waits, until when and why; members see nothing of it. */
@QuarkusTest
class WaitingEmailApiTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String WAITING = "/api/v1/admin/notifications/waiting";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    NotificationRepository notifications;

    @Inject
    TestClock clock;

    @AfterEach
    void clockBackToNoon() {
        clock.reset();
    }

    @Test
    void anOperatorSeesThatAnEmailOfTheEveningWaitsForTheRecipientsMorningButNotItsLinks() {
        clock.placeAt(brussels("2026-01-15T22:30"));
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@waits-for-morning.example.org", "en");
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
        Notification waiting = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.isPresent() && row.get().nextAttemptAt != null
                        && row.get().nextAttemptAt.isAfter(brussels("2026-01-15T23:00")))
                .orElseThrow();

        ValidatableResponse answer = asOperator("Samira@Waits-For-Morning.example.org")
                .then()
                .statusCode(200)
                .body("emails", hasSize(1))
                .body("emails[0].id", equalTo(waiting.id.toString()))
                .body("emails[0].template", equalTo("OPT_IN_REQUEST"))
                .body("emails[0].status", equalTo("PENDING"))
                .body("emails[0].subject", equalTo(waiting.subject))
                .body("emails[0].waitsFor", equalTo("QUIET_HOURS"))
                .body("emails[0].timeZone", equalTo("Europe/Brussels"))
                .body(not(containsString(event.optInUrl())), not(containsString(event.targetEmail())));
        assertThat(Instant.parse(answer.extract().path("emails[0].dueAt")))
                .isEqualTo(brussels("2026-01-16T08:00"));

        clock.placeAt(brussels("2026-01-16T08:00"));
        await().atMost(DELIVERY).until(() -> notificationOf(event).orElseThrow().status == NotificationStatus.SENT);
        asOperator(event.targetEmail()).then().statusCode(200).body("emails", hasSize(0));
    }

    @Test
    void onlyOperatorsMayAskWhatWaitsForAnAddress() {
        given().header("Authorization", TestTokens.bearer("member-curious")).queryParam("recipient", "x@example.org")
                .when().get(WAITING)
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("recipient", "x@example.org")
                .when().get(WAITING)
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.forOperator("operator-on-call"))
                .queryParam("recipient", "not an address")
                .when().get(WAITING)
                .then().statusCode(400).contentType("application/problem+json").body(containsString("recipient"));
    }

    private static Response asOperator(String recipient) {
        return given().header("Authorization", "Bearer " + TestTokens.forOperator("operator-on-call"))
                .queryParam("recipient", recipient)
                .when().get(WAITING);
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.BRUSSELS).toInstant();
    }

    private Optional<Notification> notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).singleResultOptional());
    }
}

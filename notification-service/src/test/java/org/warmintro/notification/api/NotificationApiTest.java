package org.warmintro.notification.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.TestTokens;

@QuarkusTest
class NotificationApiTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    NotificationRepository notifications;

    @Test
    void memberListsReadsAndPreviewsTheirOwnNotificationsOnly() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@api-listed.example.org", "en");
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
        Notification sent = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.isPresent()
                        && row.get().status == NotificationStatus.SENT)
                .orElseThrow();

        as(event.memberId()).queryParam("introId", event.introId().toString()).queryParam("status", "SENT")
                .when().get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(sent.id.toString()))
                .body("items[0].template", equalTo("OPT_IN_REQUEST"))
                .body("items[0].recipientRole", equalTo("TARGET"))
                .body("items[0].attempts", equalTo(1))
                .body("total", equalTo(1))
                .body(not(containsString(event.targetEmail())));
        as(event.memberId()).queryParam("introId", event.introId().toString()).queryParam("status", "FAILED")
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("items", hasSize(0));
        as("member-someone-else").queryParam("introId", event.introId().toString())
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));

        as(event.memberId()).when().get("/api/v1/notifications/" + sent.id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("introId", equalTo(event.introId().toString()));
        as("member-someone-else").when().get("/api/v1/notifications/" + sent.id)
                .then().statusCode(404).contentType("application/problem+json");

        // the email as the target saw it, but for the links that are the target's alone
        as(event.memberId()).when().get("/api/v1/notifications/" + sent.id + "/preview")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Accept or decline the introduction"),
                        containsString("<a title=\"[link sent only to the target]\""),
                        not(containsString(event.optInUrl())), not(containsString("/unsubscribe/")));
    }

    @Test
    void badFiltersAreProblemsThatNameTheField() {
        as("member-filters").queryParam("status", "LOST").queryParam("size", "1000")
                .when().get("/api/v1/notifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("status"), containsString("size"));
    }

    @Test
    void withoutATokenNothingIsShown() {
        given().when().get("/api/v1/notifications").then().statusCode(401);
    }

    private static RequestSpecification as(String memberId) {
        return given().header("Authorization", TestTokens.bearer(memberId));
    }

    private Optional<Notification> notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).singleResultOptional());
    }
}

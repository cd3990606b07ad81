package org.warmintro.referral.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.warmintro.referral.intro.IntroFixtures.as;
import static org.warmintro.referral.intro.IntroFixtures.data;
import static org.warmintro.referral.intro.IntroFixtures.header;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;
import static org.warmintro.referral.intro.IntroFixtures.stateOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.TestTokens;

@QuarkusTest
class IntroWorkflowTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Inject
    MutableClock clock;

    @Inject
    IntroHistory history;

    @Inject
    Intros intros;

    private IntroFixtures network;

    @BeforeEach
    void connect() {
        network = new IntroFixtures(companion, profiles);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theConnectorsLanguageAndTimeZoneFromTheirIdentityTravelWithTheIntroEvents() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);
        String token = TestTokens.forMember(member, Map.of("locale", "fr-BE", "zoneinfo", "Europe/Brussels"));

        String introId = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("seekerId", annie, "targetId", lena)).post("/api/v1/intros")
                .then().statusCode(201).extract().path("id");

        JsonNode connector = data(network.events(introId, 2).get(1)).path("connector");
        assertThat(connector.path("locale").asText()).isEqualTo("fr-BE");
        assertThat(connector.path("timezone").asText()).isEqualTo("Europe/Brussels");
    }

    @Test
    void eachPartysGivenNameTravelsWithTheIntroEventsWhenTheCardOrTheTokenSaysIt() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);
        String token = TestTokens.forMember(member, Map.of("name", "Dana De Smet", "given_name", "Dana"));

        String introId = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("seekerId", annie, "targetId", lena)).post("/api/v1/intros")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> events = network.events(introId, 2);
        assertEveryEventConformsToItsSchema(events);
        JsonNode optIn = data(events.get(1));
        assertThat(optIn.path("seeker").path("givenName").asText()).isEqualTo("Annie");
        assertThat(optIn.path("connector").path("givenName").asText()).isEqualTo("Dana");
        assertThat(optIn.path("target").path("name").asText()).isEqualTo("Lena Maes");
        assertThat(optIn.path("target").path("givenName").isNull()).as("Lena's card does not say").isTrue();
    }

    @Test
    void theConnectorsEmailTravelsWithTheIntroEventsOnlyOnceTheirIdentityProviderVerifiedIt() {
        String verified = newMember();
        String unverified = newMember();
        String unsaid = newMember();

        assertThat(connectorOfIntroProposedBy(verified, TestTokens.forMember(verified, Map.of("email_verified", true)))
                .path("email").asText()).isEqualTo(verified + "@members.example.org");
        assertThat(connectorOfIntroProposedBy(unverified,
                TestTokens.forMember(unverified, Map.of("email_verified", false))).path("email").isNull()).isTrue();
        assertThat(connectorOfIntroProposedBy(unsaid, TestTokens.forMemberWithout(unsaid, "email_verified"))
                .path("email").isNull()).isTrue();
    }

    private JsonNode connectorOfIntroProposedBy(String member, String token) {
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);

        String introId = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("seekerId", annie, "targetId", lena)).post("/api/v1/intros")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> events = network.events(introId, 2);
        assertEveryEventConformsToItsSchema(events);
        return data(events.get(1)).path("connector");
    }

    @Test
    void aProposalAcceptedByTheTargetEndsInAnIntroductionAndAnOutcome() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);

        String location = as(member).body(Map.of("seekerId", annie, "targetId", lena, "roleTitle", "Content Strategist",
                        "message", "Annie improved my blog without being asked."))
                .post("/api/v1/intros").then().statusCode(201)
                .body("state", equalTo("OPT_IN_REQUESTED"))
                .body("seeker.name", equalTo("Annie Wang"))
                .body("target.name", equalTo("Lena Maes"))
                .body("blurb", containsString(IntroFixtures.SELF_INTRODUCTION))
                .body("blurb", containsString(IntroFixtures.OFFERS))
                .extract().header("Location");
        String introId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).endsWith("/api/v1/intros/" + introId);

        JsonNode optInRequest = data(network.events(introId, 2).get(1));
        assertThat(optInRequest.path("target").path("email").asText()).isEqualTo("lena.maes@example.org");
        assertThat(optInRequest.path("target").path("locale").asText()).isEqualTo("fr-BE");
        assertThat(optInRequest.path("connector").path("email").asText()).isEqualTo(member + "@members.example.org");
        String token = network.optInToken(introId);

        given().get("/optin/" + token).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Annie Wang"),
                        containsString("improved my blog"), containsString("accept"), containsString("decline"));
        given().get("/optin/" + token).then().statusCode(200);
        assertThat(stateOf(member, introId)).as("reading the page changes nothing").isEqualTo("OPT_IN_REQUESTED");

        given().post("/optin/" + token + "/accept").then().statusCode(200).body(containsString("accepted"));
        assertThat(stateOf(member, introId)).isEqualTo("ACCEPTED");

        network.notificationSent(introId, member, "OPT_IN_REQUEST");
        network.notificationSent(introId, member, "DOUBLE_INTRO");
        Awaitility.await().atMost(IntroFixtures.PROCESSING).until(() -> stateOf(member, introId), "INTRODUCED"::equals);
        network.notificationSent(introId, member, "DOUBLE_INTRO");

        as(member).body(Map.of("outcome", "HIRED")).post("/api/v1/intros/" + introId + "/outcome")
                .then().statusCode(200).body("outcome", equalTo("HIRED")).body("state", equalTo("INTRODUCED"));

        List<ConsumerRecord<String, String>> events = network.events(introId, 5);
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "referral.intro.proposed.v1", "referral.intro.opt-in-requested.v1", "referral.intro.accepted.v1",
                "referral.intro.introduced.v1", "referral.intro.outcome-recorded.v1");
        assertThat(data(events.get(4)).path("outcome").asText()).isEqualTo("HIRED");
        assertEveryEventConformsToItsSchema(events);
        Awaitility.await().atMost(IntroFixtures.PROCESSING)
                .until(() -> intros.find(introId).orElseThrow().outbox().isEmpty());
    }

    @Test
    void aDeclinedPairRestsForTheCoolDownAndTheSeekerIsNotNamedTheDecliner() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 5);
        String introId = propose(member, annie, lena);
        String token = network.optInToken(introId);

        given().post("/optin/" + token + "/decline").then().statusCode(200).body(containsString("declined"));

        assertThat(stateOf(member, introId)).isEqualTo("DECLINED");
        List<ConsumerRecord<String, String>> events = network.events(introId, 3);
        assertThat(header(events.get(2), "ce_type")).isEqualTo("referral.intro.declined.v1");
        assertEveryEventConformsToItsSchema(events);
        as(member).body(Map.of("seekerId", annie, "targetId", lena)).post("/api/v1/intros")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/pair-resting"));
        assertThat(history.exclusions(member, clock.instant()).excludes(annie, lena)).isTrue();

        clock.advance(Duration.ofDays(91));

        assertThat(history.exclusions(member, clock.instant()).excludes(annie, lena)).isFalse();
        propose(member, annie, lena);
    }

    @Test
    void theConnectorCanCancelBeforeTheTargetAnswersAndThePairIsFreeAgain() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 5);
        String introId = propose(member, annie, lena);
        String token = network.optInToken(introId);

        as(member).post("/api/v1/intros/" + introId + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));

        given().post("/optin/" + token + "/accept").then().statusCode(409);
        as(member).post("/api/v1/intros/" + introId + "/cancel").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(stateOf(member, introId)).isEqualTo("CANCELLED");
        List<ConsumerRecord<String, String>> events = network.events(introId, 3);
        assertThat(header(events.get(2), "ce_type")).isEqualTo("referral.intro.cancelled.v1");
        assertEveryEventConformsToItsSchema(events);
        propose(member, annie, lena);
    }

    @Test
    void transitionsTheStateDoesNotAllowAnswer409() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 5);
        String introId = propose(member, annie, lena);

        as(member).body(Map.of("outcome", "HIRED")).post("/api/v1/intros/" + introId + "/outcome")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/illegal-transition"));
        given().post("/optin/" + network.optInToken(introId) + "/accept").then().statusCode(200);
        as(member).post("/api/v1/intros/" + introId + "/cancel").then().statusCode(409)
                .contentType("application/problem+json");
        as(member).body(Map.of("outcome", "MAYBE")).post("/api/v1/intros/" + introId + "/outcome")
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        assertThat(stateOf(member, introId)).isEqualTo("ACCEPTED");
    }

    @Test
    void anotherMembersIntroIsNotFoundAndNotListed() {
        String member = newMember();
        String stranger = newMember();
        String introId = propose(member, network.seeker(member, "Annie Wang"), network.target(member, "Lena Maes", 5));

        as(stranger).get("/api/v1/intros/" + introId).then().statusCode(404).contentType("application/problem+json");
        as(stranger).post("/api/v1/intros/" + introId + "/cancel").then().statusCode(404);
        as(stranger).get("/api/v1/intros").then().statusCode(200).body("total", equalTo(0))
                .body("items.id", not(hasItem(introId)));
        as(member).get("/api/v1/intros?state=OPT_IN_REQUESTED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(introId)).body("page", equalTo(0))
                .body("size", equalTo(20));
        as(member).get("/api/v1/intros?state=ACCEPTED").then().statusCode(200).body("total", equalTo(0));
        as(member).get("/api/v1/intros?state=SOMETIMES&size=0").then().statusCode(400)
                .body("errors.field", hasItem("state")).body("errors.field", hasItem("size"));
        given().get("/api/v1/intros").then().statusCode(401);
        assertThat(stateOf(member, introId)).isEqualTo("OPT_IN_REQUESTED");
    }

    @Test
    void theHistoryTellsMatchingWhichPairsAreTakenAndHowOftenEachTargetWasAsked() {
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String bob = network.seeker(member, "Bob Peeters");
        String lena = network.target(member, "Lena Maes", 5);
        propose(member, annie, lena);
        propose(member, bob, lena);

        Instant now = clock.instant();
        assertThat(history.exclusions(member, now).excludes(annie, lena)).isTrue();
        assertThat(history.exclusions(member, now).excludes(bob, lena)).isTrue();
        assertThat(history.exclusions(member, now).excludes(lena, annie)).isFalse();
        assertThat(history.requestsInLast30Days(member, now)).containsExactlyEntriesOf(Map.of(lena, 2));
        assertThat(history.requestsInLast30Days(member, now.plus(Duration.ofDays(31)))).isEmpty();
        assertThat(history.requestsInLast30Days(newMember(), now)).isEmpty();
    }

    static void assertEveryEventConformsToItsSchema(List<ConsumerRecord<String, String>> events) {
        assertThat(events).allSatisfy(event -> {
            String type = header(event, "ce_type");
            assertThat(EventSchemas.violations(type, event.value())).as("%s of %s", type, event.key()).isEmpty();
            assertThat(header(event, "ce_source")).isEqualTo("urn:warmintro:referral-service");
            assertThat(header(event, "ce_subject")).isEqualTo(event.key());
            assertThat(header(event, "ce_id")).isNotBlank();
        });
        assertThat(events).extracting(event -> header(event, "ce_id")).doesNotHaveDuplicates();
    }
}

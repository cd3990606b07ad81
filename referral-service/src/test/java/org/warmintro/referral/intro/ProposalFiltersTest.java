package org.warmintro.referral.intro;

import static com.mongodb.client.model.Filters.eq;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.warmintro.referral.intro.IntroFixtures.as;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class ProposalFiltersTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Inject
    MutableClock clock;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private IntroFixtures network;
    private String member;

    @BeforeEach
    void connect() {
        network = new IntroFixtures(companion, profiles);
        member = newMember();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTargetWhoDoesNotAllowIntroductionsIsNotAsked() {
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 0);

        refused(annie, lena, "introductions-not-allowed");
    }

    @Test
    void aTargetAtTheirCapForThirtyDaysIsNotAskedAgainUntilTheirOldestRequestIsThirtyDaysOld() {
        String lena = network.target(member, "Lena Maes", 1);
        propose(member, network.seeker(member, "Annie Wang"), lena);
        String bob = network.seeker(member, "Bob Peeters");

        refused(bob, lena, "introduction-cap-reached");
        clock.advance(Duration.ofDays(29));
        refused(bob, lena, "introduction-cap-reached");
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        propose(member, bob, lena);
        refused(network.seeker(member, "Carl Janssens"), lena, "introduction-cap-reached");
    }

    @Test
    void theRequestsOfIntrosStoredByAnEarlierReleaseCountTowardsTheCap() {
        String lena = network.target(member, "Lena Maes", 2);
        propose(member, network.seeker(member, "Annie Wang"), lena);
        // as an earlier release left a target: their intros, and no record of the requests beside them
        mongo.getDatabase(database).getCollection(IntroTargets.COLLECTION).deleteOne(eq("_id", lena));

        propose(member, network.seeker(member, "Bob Peeters"), lena);
        refused(network.seeker(member, "Carl Janssens"), lena, "introduction-cap-reached");
    }

    @Test
    void nobodyIsIntroducedToThemselves() {
        String annie = network.contact(member, "Annie Wang", Map.of(
                "seeking", Map.of("selfIntroduction", IntroFixtures.SELF_INTRODUCTION, "targetRoles", List.of(),
                        "skills", List.of(), "locations", List.of(), "remote", true, "status", "ACTIVE"),
                "consent", Map.of("introductionsAllowed", true, "maxIntroductionsPer30Days", 5)));

        refused(annie, annie, "same-person");
    }

    @Test
    void aSeekerWithoutAnActiveSeekingProfileIsNotIntroduced() {
        String paused = network.contact(member, "Paula Paused", Map.of("seeking", Map.of(
                "selfIntroduction", IntroFixtures.SELF_INTRODUCTION, "targetRoles", List.of(), "skills", List.of(),
                "locations", List.of(), "remote", true, "status", "PAUSED")));
        String lena = network.target(member, "Lena Maes", 5);

        refused(paused, lena, "seeker-not-seeking");
        refused(network.contact(member, "Never Seeking", Map.of()), lena, "seeker-not-seeking");
    }

    @Test
    void aPairWithAnIntroUnderWayIsNotProposedTwice() {
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 5);
        propose(member, annie, lena);

        refused(annie, lena, "intro-exists");
    }

    @Test
    void aProposalRefusedForItsPairTakesNoneOfTheTargetsRequests() {
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 2);
        propose(member, annie, lena);

        refused(annie, lena, "intro-exists");
        refused(annie, lena, "intro-exists");
        propose(member, network.seeker(member, "Bob Peeters"), lena);
        refused(network.seeker(member, "Carl Janssens"), lena, "introduction-cap-reached");
    }

    @Test
    void contactsOutsideTheMembersNetworkAreNotFound() {
        String annie = network.seeker(member, "Annie Wang");
        String someoneElses = network.target(newMember(), "Lena Maes", 5);

        as(member).body(Map.of("seekerId", annie, "targetId", someoneElses)).post("/api/v1/intros")
                .then().statusCode(404).contentType("application/problem+json");
        as(member).body(Map.of("seekerId", UUID.randomUUID().toString(), "targetId", annie)).post("/api/v1/intros")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAnsweredWithTheFieldsNamed() {
        as(member).body(Map.of("targetId", "not-an-id", "message", "x".repeat(2001))).post("/api/v1/intros")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("seekerId", "targetId", "message"));
        as(member).body("{\"seekerId\": ").post("/api/v1/intros").then().statusCode(400)
                .contentType("application/problem+json");
        as(member).body(Map.of("seekerId", List.of(1))).post("/api/v1/intros").then().statusCode(400)
                .body("errors.field", hasItem("seekerId"));
    }

    private ValidatableResponse refused(String seekerId, String targetId, String reason) {
        return as(member).body(Map.of("seekerId", seekerId, "targetId", targetId)).post("/api/v1/intros")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warmintro.org/problems/" + reason));
    }
}

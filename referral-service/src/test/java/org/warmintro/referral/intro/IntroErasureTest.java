package org.warmintro.referral.intro;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.warmintro.referral.intro.IntroFixtures.as;
import static org.warmintro.referral.intro.IntroFixtures.header;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;
import static org.warmintro.referral.intro.IntroFixtures.stateOf;
import static org.warmintro.referral.intro.IntroWorkflowTest.assertEveryEventConformsToItsSchema;

import java.util.List;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class IntroErasureTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

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

    @Test
    void anErasedSeekerLeavesNoPersonalDataInTheirIntrosAndThePendingOnesAreCancelled() {
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 5);
        String introId = propose(member, annie, lena);
        String token = network.optInToken(introId);

        network.erase(annie);

        Awaitility.await().atMost(IntroFixtures.PROCESSING).until(() -> stateOf(member, introId), "CANCELLED"::equals);
        String intro = as(member).get("/api/v1/intros/" + introId).then().statusCode(200)
                .body("seeker.name", equalTo(Party.ERASED_NAME)).body("seeker.email", nullValue())
                .body("seeker.headline", nullValue()).body("message", nullValue())
                .body("blurb", equalTo(Blurbs.ERASED)).body("target.name", equalTo("Lena Maes"))
                .extract().asString();
        assertThat(intro).doesNotContain("Annie", "annie.wang@example.org", "Ph.D.", "formatting");
        given().post("/optin/" + token + "/accept").then().statusCode(409);
        List<ConsumerRecord<String, String>> events = network.events(introId, 4);
        assertThat(header(events.get(2), "ce_type")).isEqualTo("referral.intro.cancelled.v1");
        assertThat(events.get(2).value()).doesNotContain("Annie", "annie.wang@example.org", "Ph.D.");
        assertThat(header(events.get(3), "ce_type")).isEqualTo("referral.intro.erased.v1");
        assertThat(events.get(3).value()).contains("\"erasedParties\":[\"SEEKER\"]").doesNotContain("Annie");
        assertEveryEventConformsToItsSchema(events);
    }

    @Test
    void anErasedTargetIsRemovedFromAnIntroThatHappenedWhichKeepsItsState() {
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 5);
        String introId = propose(member, annie, lena);
        given().post("/optin/" + network.optInToken(introId) + "/accept").then().statusCode(200);
        network.notificationSent(introId, member, "DOUBLE_INTRO");
        Awaitility.await().atMost(IntroFixtures.PROCESSING).until(() -> stateOf(member, introId), "INTRODUCED"::equals);
        MongoCollection<Document> targets = mongo.getDatabase(database).getCollection(IntroTargets.COLLECTION);
        assertThat(targets.countDocuments(eq("_id", lena))).as("the requests Lena received").isEqualTo(1);

        network.erase(lena);

        Awaitility.await().atMost(IntroFixtures.PROCESSING).until(() -> as(member).get("/api/v1/intros/" + introId)
                .then().extract().path("target.name"), Party.ERASED_NAME::equals);
        String intro = as(member).get("/api/v1/intros/" + introId).then().statusCode(200)
                .body("state", equalTo("INTRODUCED")).body("seeker.name", equalTo("Annie Wang"))
                .body("target.email", nullValue()).extract().asString();
        assertThat(intro).doesNotContain("Lena", "lena.maes@example.org");
        List<ConsumerRecord<String, String>> events = network.events(introId, 5);
        assertThat(events).extracting(event -> header(event, "ce_type")).endsWith("referral.intro.erased.v1");
        assertThat(events.get(4).value()).contains("\"state\":\"INTRODUCED\"", "\"erasedParties\":[\"TARGET\"]");
        assertEveryEventConformsToItsSchema(events);
        Awaitility.await().atMost(IntroFixtures.PROCESSING)
                .until(() -> targets.countDocuments(eq("_id", lena)) == 0);
    }
}

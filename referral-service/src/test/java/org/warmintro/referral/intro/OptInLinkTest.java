package org.warmintro.referral.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.warmintro.referral.intro.IntroFixtures.data;
import static org.warmintro.referral.intro.IntroFixtures.header;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;
import static org.warmintro.referral.intro.IntroFixtures.stateOf;
import static org.warmintro.referral.intro.IntroWorkflowTest.assertEveryEventConformsToItsSchema;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class OptInLinkTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Inject
    MutableClock clock;

    @Inject
    IntroWorkflow workflow;

    private IntroFixtures network;
    private String member;
    private String introId;
    private String token;

    @BeforeEach
    void proposeAnIntro() {
        network = new IntroFixtures(companion, profiles);
        member = newMember();
        introId = propose(member, network.seeker(member, "Annie Wang"), network.target(member, "Lena Maes", 5));
        token = network.optInToken(introId);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLinkWorksOnceOnly() {
        given().post("/optin/" + token + "/accept").then().statusCode(200);

        given().post("/optin/" + token + "/accept").then().statusCode(409).body(containsString("answered already"));
        given().post("/optin/" + token + "/decline").then().statusCode(409);
        given().get("/optin/" + token).then().statusCode(409);
        assertThat(stateOf(member, introId)).isEqualTo("ACCEPTED");
    }

    @Test
    void aForgedOrAlteredLinkChangesNothing() {
        // the key id, the intro id, the expiry and the signature
        String[] parts = token.split("\\.");
        String signed = parts[0] + "." + parts[1] + "." + parts[2];
        String otherSignature = parts[3].charAt(0) == 'A' ? "B" + parts[3].substring(1) : "A" + parts[3].substring(1);
        List<String> forgeries = List.of(
                signed + "." + otherSignature,
                parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400 * 30) + "." + parts[3],
                parts[0] + ".00000000-0000-0000-0000-000000000000." + parts[2] + "." + parts[3],
                "not-a-token",
                signed,
                // without its key id it reads as a link of before the key ids, which the signature is not
                parts[1] + "." + parts[2] + "." + parts[3]);

        for (String forgery : forgeries) {
            given().get("/optin/" + forgery).then().statusCode(404).body(containsString("not valid"));
            given().post("/optin/" + forgery + "/accept").then().statusCode(404);
            given().post("/optin/" + forgery + "/decline").then().statusCode(404);
        }
        assertThat(stateOf(member, introId)).isEqualTo("OPT_IN_REQUESTED");
    }

    @Test
    void anExpiredLinkChangesNothingEvenBeforeTheSweepNoticed() {
        clock.advance(Duration.ofDays(14).plusSeconds(1));

        given().get("/optin/" + token).then().statusCode(410).body(containsString("expired"));
        given().post("/optin/" + token + "/accept").then().statusCode(410);

        assertThat(stateOf(member, introId)).isEqualTo("OPT_IN_REQUESTED");
    }

    @Test
    void anUnansweredRequestIsRemindedOnceThenExpires() {
        workflow.sweepOptIns();
        clock.advance(Duration.ofDays(11).plusMinutes(1));
        workflow.sweepOptIns();
        workflow.sweepOptIns();
        assertThat(stateOf(member, introId)).isEqualTo("OPT_IN_REQUESTED");

        clock.advance(Duration.ofDays(3));
        workflow.sweepOptIns();

        assertThat(stateOf(member, introId)).isEqualTo("EXPIRED");
        given().post("/optin/" + token + "/accept").then().statusCode(410);
        List<ConsumerRecord<String, String>> events = network.events(introId, 4);
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "referral.intro.proposed.v1", "referral.intro.opt-in-requested.v1",
                "referral.intro.opt-in-reminded.v1", "referral.intro.expired.v1");
        Instant expiresAt = Instant.parse(data(events.get(1)).path("expiresAt").asText());
        assertThat(data(events.get(2)).path("expiresAt").asText()).isEqualTo(expiresAt.toString());
        assertThat(data(events.get(2)).path("optInUrl").asText()).endsWith("/optin/" + token);
        assertEveryEventConformsToItsSchema(events);
    }
}

package org.warmintro.referral.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.referral.intro.IntroFixtures.as;
import static org.warmintro.referral.intro.IntroFixtures.newMember;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.FieldLimits;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

/** A proposal takes the real titles of roles, and the OpenAPI document tells a client how long its values may be. */
@QuarkusTest
class IntroLimitsTest {

    /** The longest job title of O*NET 29.2's alternate titles: 128 characters. */
    private static final String LONGEST_JOB_TITLE = "Air Defense Command, Control, Communications, Computers and "
            + "Intelligence Tactical Operations Center Enhanced Operator/Maintainer";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Test
    void aProposalForTheLongestOnetJobTitleIsAcceptedAndOneOverTheLimitIsRefusedNamingTheField() {
        IntroFixtures network = new IntroFixtures(companion, profiles);
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);
        String hugo = network.target(member, "Hugo Peeters", 3);

        as(member).body(Map.of("seekerId", annie, "targetId", lena, "roleTitle", LONGEST_JOB_TITLE))
                .post("/api/v1/intros").then().statusCode(201).body("roleTitle", equalTo(LONGEST_JOB_TITLE));
        as(member).body(Map.of("seekerId", annie, "targetId", hugo, "roleTitle",
                        "x".repeat(FieldLimits.ROLE_TITLE + 1), "message", "x".repeat(FieldLimits.MESSAGE + 1)))
                .post("/api/v1/intros").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("message", "roleTitle"));
    }

    @Test
    void theOpenApiDocumentStatesTheLimitsOfAProposal() {
        JsonPath proposal = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().setRootPath("components.schemas.IntroRequest.properties");

        assertThat(proposal.getInt("roleTitle.maxLength")).isEqualTo(FieldLimits.ROLE_TITLE);
        assertThat(proposal.getInt("message.maxLength")).isEqualTo(FieldLimits.MESSAGE);
    }
}

package org.warmintro.contacts.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.warmintro.testing.TestTokens;

/** The identity provider issues tokens for many applications: only those issued for this one are a member's. */
@QuarkusTest
class MemberTokenAudienceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEMBER = "member-audience-check";

    @Test
    void aTokenIssuedForThePlatformIsAccepted() {
        given().header("Authorization", "Bearer " + TestTokens.forMember(MEMBER))
                .get("/api/v1/contacts").then().statusCode(200);
    }

    @Test
    void aTokenIssuedForAnotherApplicationAnswers401Problem() {
        given().header("Authorization", "Bearer " + TestTokens.forAudience(MEMBER, "another-application"))
                .get("/api/v1/contacts").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenIssuedForNoAudienceAnswers401Problem() {
        given().header("Authorization", "Bearer " + TestTokens.forAudience(MEMBER, null))
                .get("/api/v1/contacts").then().statusCode(401).contentType(PROBLEM);
    }
}

package org.warmintro.testing;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

/**
 * The identity provider issues tokens for many applications: only those issued for the platform are a member's. A
 * service's {@code @QuarkusTest} subclass names one of its endpoints that any member may read.
 */
public abstract class MemberTokenAudienceChecks {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEMBER = "member-audience-check";

    /** A path any member may {@code GET}, such as the list of their own things. */
    protected abstract String memberEndpoint();

    @Test
    public void aTokenIssuedForThePlatformIsAccepted() {
        given().header("Authorization", "Bearer " + TestTokens.forMember(MEMBER))
                .get(memberEndpoint()).then().statusCode(200);
    }

    @Test
    public void aTokenIssuedForAnotherApplicationAnswers401Problem() {
        given().header("Authorization", "Bearer " + TestTokens.forAudience(MEMBER, "another-application"))
                .get(memberEndpoint()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    public void aTokenIssuedForNoAudienceAnswers401Problem() {
        given().header("Authorization", "Bearer " + TestTokens.forAudience(MEMBER, null))
                .get(memberEndpoint()).then().statusCode(401).contentType(PROBLEM);
    }
}

package org.warmintro.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * A browser sends the same token with every call of a session; a service verifies it once and then remembers it, but
 * only for as long as the token itself is valid. A service's {@code @QuarkusTest} subclass names one of its endpoints
 * that any member may read and says how many tokens it has verified so far; its {@code %test} profile sets
 * {@code mp.jwt.verify.clock.skew=1}, so that a token is refused a second after its {@code exp}.
 */
public abstract class RepeatedTokenChecks {

    private static final String PROBLEM = "application/problem+json";

    /** A path any member may {@code GET}, such as the list of their own things. */
    protected abstract String memberEndpoint();

    /** How many tokens the service has verified (signature and claims) since it started. */
    protected abstract long tokenVerifications();

    @Test
    public void theSameTokenIsVerifiedOnlyOnceForASession() {
        String token = TestTokens.forMember("member-repeated-token");
        long before = tokenVerifications();

        for (int request = 0; request < 3; request++) {
            given().header("Authorization", "Bearer " + token).get(memberEndpoint()).then().statusCode(200);
        }

        assertThat(tokenVerifications() - before).isEqualTo(1);
    }

    @Test
    public void aTokenAcceptedWhileValidIsRefusedOnceItHasExpired() throws InterruptedException {
        String token = TestTokens.forMemberExpiringIn("member-short-session", Duration.ofSeconds(2));
        Instant expires = Instant.now().plusSeconds(2);
        given().header("Authorization", "Bearer " + token).get(memberEndpoint()).then().statusCode(200);

        Thread.sleep(Duration.between(Instant.now(), expires).plusSeconds(2).toMillis());

        given().header("Authorization", "Bearer " + token)
                .get(memberEndpoint()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    public void aTamperedCopyOfAnAcceptedTokenAnswers401Problem() {
        String token = TestTokens.forMember("member-tampered-token");
        given().header("Authorization", "Bearer " + token).get(memberEndpoint()).then().statusCode(200);

        given().header("Authorization", "Bearer " + withClaimsOf(token, TestTokens.forOperator("member-tampered-token")))
                .get(memberEndpoint()).then().statusCode(401).contentType(PROBLEM);
    }

    /** {@code token}'s header and signature around {@code other}'s claims: what a caller forging a role would send. */
    private static String withClaimsOf(String token, String other) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    }
}

package org.warmintro.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConfigAndSignInTest {

    /** Where the %test profile has the demo tokens, as the local run writes them. */
    private static final Path TOKENS = Path.of("target/test-tokens");

    @BeforeAll
    static void writeTheDemoTokens() throws Exception {
        Files.createDirectories(TOKENS);
        Files.writeString(TOKENS.resolve("connector.jwt"), "token-of-the-connector\n");
        Files.writeString(TOKENS.resolve("second-member.jwt"), "token-of-the-second-member");
        Files.writeString(TOKENS.resolve("operator.jwt"), "token-of-the-operator");
    }

    @Test
    void thePagesLearnWhereEachServiceIsAndThatTheyMaySignInAsADemoMember() {
        given().get("/config.json").then().statusCode(200)
                .body("contacts", equalTo("http://contacts.test"))
                .body("referral", equalTo("http://referral.test"))
                .body("notification", equalTo("http://notification.test"))
                .body("signIn", equalTo("demo"));
    }

    @Test
    void theDemoMembersAreOfferedWithTheirTokensButNeverTheOperator() {
        given().get("/demo-members.json").then().statusCode(200)
                .body("member", contains("connector", "second-member"))
                .body("token", contains("token-of-the-connector", "token-of-the-second-member"));
    }

    @Test
    void theAppIsServedWithAPolicyThatLetsItsScriptsCallOnlyTheServices() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "connect-src 'self' http://contacts.test http://referral.test http://notification.test"));
    }
}

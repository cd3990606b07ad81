package org.warmintro.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * A JSON body that cannot be read, whatever its shape, answers 400 {@code application/problem+json} saying why, never a
 * 500. A service's {@code @QuarkusTest} subclass names an endpoint that takes JSON.
 */
public abstract class JsonBodyChecks {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEMBER = "member-json-body-check";
    private static final int DEEPER_THAN_ANY_PARSER_READS = 5_000;

    /** An {@code /api} path that takes a JSON object, by {@code POST}. */
    protected abstract String jsonEndpoint();

    @Test
    public void aBodyThatIsNotJsonAnswers400Problem() {
        asMember().body("{\"a\": ")
                .post(jsonEndpoint())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://warmintro.org/problems/malformed-body"));
    }

    @Test
    public void objectsNestedThousandsOfLevelsDeepAnswer400ProblemSayingSo() {
        String nested = "{\"a\":".repeat(DEEPER_THAN_ANY_PARSER_READS) + "1" + "}".repeat(DEEPER_THAN_ANY_PARSER_READS);

        asMember().body(nested)
                .post(jsonEndpoint())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://warmintro.org/problems/malformed-body"))
                .body("detail", containsString("nesting depth"));
    }

    @Test
    public void arraysNestedThousandsOfLevelsDeepAnswer400ProblemSayingSo() {
        String nested = "{\"a\":" + "[".repeat(DEEPER_THAN_ANY_PARSER_READS) + "]".repeat(DEEPER_THAN_ANY_PARSER_READS)
                + "}";

        asMember().body(nested)
                .post(jsonEndpoint())
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("nesting depth"));
    }

    /** A member's JSON request, logged as it is if it fails: pretty-printed, a nested body would not fit in memory. */
    private static RequestSpecification asMember() {
        LogConfig logs = RestAssured.config().getLogConfig().enablePrettyPrinting(false);
        return given().config(RestAssured.config().logConfig(logs))
                .header("Authorization", TestTokens.bearer(MEMBER)).contentType("application/json");
    }
}

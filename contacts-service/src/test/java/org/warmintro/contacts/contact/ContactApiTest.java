package org.warmintro.contacts.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void creatingAContactAnswers201WithLocationEtagAndNormalisedFields() {
        String member = newMember();
        String id = as(member).body(Map.of(
                        "fullName", "  Annie Wang ",
                        "givenName", " Annie ",
                        "email", "Annie.Wang@Example.ORG",
                        "skills", List.of("K8s", " Content   Strategy", "kubernetes"),
                        "tags", List.of("Brunch"),
                        "timezone", "Europe/Brussels",
                        "locale", "en",
                        "relationship", Map.of("strength", 4, "howWeMet", "Brunch in Brussels")))
                .post("/api/v1/contacts")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("fullName", equalTo("Annie Wang"))
                .body("givenName", equalTo("Annie"))
                .body("email", equalTo("annie.wang@example.org"))
                .body("skills", equalTo(List.of("kubernetes", "content strategy")))
                .body("tags", equalTo(List.of("brunch")))
                .body("relationship.strength", equalTo(4))
                .body("consent.introductionsAllowed", equalTo(true))
                .extract().path("id");

        as(member).get("/api/v1/contacts/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("relationship.howWeMet", equalTo("Brunch in Brussels"));
    }

    @Test
    void theLocationOfANewContactIsWhereItCanBeRead() {
        String member = newMember();
        String location = as(member).body(Map.of("fullName", "Hugo Peeters")).post("/api/v1/contacts")
                .then().statusCode(201).extract().header("Location");

        as(member).get(location).then().statusCode(200).body("fullName", equalTo("Hugo Peeters"));
    }

    @Test
    void aMemberNeverSeesNorChangesAnotherMembersContact() {
        String owner = newMember();
        String stranger = newMember();
        String id = createContact(owner, "Sofie Claes", "sofie@example.org");

        as(stranger).get("/api/v1/contacts/" + id).then().statusCode(404).contentType(PROBLEM);
        as(stranger).body(Map.of("fullName", "Taken Over")).put("/api/v1/contacts/" + id).then().statusCode(404);
        as(stranger).delete("/api/v1/contacts/" + id).then().statusCode(404);
        as(stranger).body(Map.of("body", "a note")).post("/api/v1/contacts/" + id + "/notes").then().statusCode(404);
        as(stranger).get("/api/v1/contacts?q=sofie").then().statusCode(200).body("total", equalTo(0));

        as(owner).get("/api/v1/contacts/" + id).then().statusCode(200).body("fullName", equalTo("Sofie Claes"));
    }

    @Test
    void changesOfOneCardSentAtOnceWithoutIfMatchAllSucceedOneAfterAnother() {
        String member = newMember();
        String id = createContact(member, "Lena Maes", "lena@example.org");

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Integer>> changes = IntStream.range(0, 16).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> as(member).body(Map.of("fullName", "Lena Maes", "title", "Title " + i))
                        .put("/api/v1/contacts/" + id).statusCode(), clients)).toList();
        List<Integer> statuses = changes.stream().map(CompletableFuture::join).toList();
        clients.shutdown();

        assertThat(statuses).containsOnly(200);
        as(member).get("/api/v1/contacts/" + id).then().header("ETag", "\"16\"");
    }

    @Test
    void aStaleIfMatchAnswers412AndTheCurrentOneUpdates() {
        String member = newMember();
        String id = createContact(member, "Lena Maes", "lena@example.org");
        as(member).header("If-Match", "\"0\"").body(Map.of("fullName", "Lena Maes", "title", "CTO"))
                .put("/api/v1/contacts/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("CTO"));

        as(member).header("If-Match", "\"0\"").body(Map.of("fullName", "Lena Maes", "title", "CEO"))
                .put("/api/v1/contacts/" + id)
                .then().statusCode(412).contentType(PROBLEM).body("status", equalTo(412));
        as(member).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"title\": \"CEO\"}").patch("/api/v1/contacts/" + id)
                .then().statusCode(412);

        as(member).get("/api/v1/contacts/" + id).then().body("title", equalTo("CTO"));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNamesAndNullClearsOne() {
        String member = newMember();
        String id = createContact(member, Map.of("fullName", "Jonas Wouters", "email", "jonas@example.org",
                "company", "Proximus", "title", "Engineering Manager"));

        as(member).contentType("application/merge-patch+json")
                .body("{\"title\": \"Head of Engineering\", \"company\": null, \"relationship\": {\"strength\": 5}}")
                .patch("/api/v1/contacts/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Head of Engineering"))
                .body("company", nullValue())
                .body("email", equalTo("jonas@example.org"))
                .body("relationship.strength", equalTo(5))
                .header("ETag", "\"1\"");
    }

    @Test
    void theSameEmailTwiceInOneNetworkAnswers409NamingTheExistingContact() {
        String member = newMember();
        String existing = createContact(member, "Annie Wang", "annie@example.org");

        as(member).body(Map.of("fullName", "Annie W.", "email", "ANNIE@example.org")).post("/api/v1/contacts")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(existing));

        createContact(newMember(), "Annie Wang", "annie@example.org");
    }

    @Test
    void badInputAnswers400ProblemNamingEachFieldAndWritesNothing() {
        String member = newMember();
        as(member).body(Map.of(
                        "fullName", " ",
                        "email", "not-an-email",
                        "timezone", "Mars/Olympus",
                        "skills", List.of("ok", ""),
                        "relationship", Map.of("strength", 9)))
                .post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://warmintro.org/problems/validation"))
                .body("errors.field", hasItems("fullName", "email", "timezone", "skills[1]", "relationship.strength"));

        as(member).get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void malformedOrMistypedJsonAnswers400NamingTheField() {
        String member = newMember();
        as(member).body("{\"fullName\": \"Annie\", ").post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM);
        as(member).body(Map.of("fullName", "Annie", "seniority", "WIZARD")).post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("seniority"));
        as(member).body(Map.of("fullName", "Annie", "relationship", Map.of("strength", "close")))
                .post("/api/v1/contacts")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("relationship.strength"));
        as(member).contentType("application/merge-patch+json").body("[1, 2]")
                .patch("/api/v1/contacts/" + createContact(member, "Annie", "annie@example.org"))
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aMergePatchNestedDeeperThanJsonIsReadAnswers400ProblemAndLeavesTheCardAsItWas() {
        String member = newMember();
        String id = createContact(member, "Annie Wang", "annie@example.org");
        String nested = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);

        for (String patch : List.of(nested, "{\"relationship\": " + nested + "}", "{\"tags\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + "}")) {
            asMember(member).contentType("application/merge-patch+json").body(patch).patch("/api/v1/contacts/" + id)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("nesting depth"));
        }
        as(member).get("/api/v1/contacts/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aMergePatchNestingHundredsOfLevelsInAFieldAnswers400NamingTheField() {
        String member = newMember();
        String id = createContact(member, "Annie Wang", "annie@example.org");
        String nested = "{\"a\":".repeat(300) + "1" + "}".repeat(300);

        asMember(member).contentType("application/merge-patch+json").body("{\"fullName\": " + nested + "}")
                .patch("/api/v1/contacts/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("fullName"));
        as(member).get("/api/v1/contacts/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aRequestWithoutATokenAnswers401Problem() {
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Annie"))
                .post("/api/v1/contacts")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/contacts")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void erasingAContactRemovesItForGood() {
        String member = newMember();
        String id = createContact(member, "Annie Wang", "annie@example.org");
        as(member).body(Map.of("body", "met at brunch")).post("/api/v1/contacts/" + id + "/notes")
                .then().statusCode(201);

        as(member).delete("/api/v1/contacts/" + id).then().statusCode(204);

        as(member).get("/api/v1/contacts/" + id).then().statusCode(404);
        as(member).get("/api/v1/contacts?q=brunch").then().body("total", equalTo(0));
        as(member).delete("/api/v1/contacts/" + id).then().statusCode(404);
    }

    @Test
    void anUnknownIdAnswers404Problem() {
        as(newMember()).get("/api/v1/contacts/6d9a3b4e-1111-4a4a-9a9a-000000000000")
                .then().statusCode(404).contentType(PROBLEM).body("title", notNullValue());
    }

    /** A member's request, logged as it is if it fails: pretty-printed, a deeply nested body would not fit memory. */
    private static RequestSpecification asMember(String member) {
        LogConfig logs = RestAssured.config().getLogConfig().enablePrettyPrinting(false);
        return as(member).config(RestAssured.config().logConfig(logs));
    }
}

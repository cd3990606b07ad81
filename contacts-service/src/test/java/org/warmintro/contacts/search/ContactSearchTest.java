package org.warmintro.contacts.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactSearchTest {

    @Test
    void aContactIsFoundByAWordThatAppearsOnlyInOneOfItsNotes() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");
        createContact(member, "Hugo Peeters", "hugo@example.org");
        as(member).body(Map.of("body", "Offered to reformat my blog articles into a template"))
                .post("/api/v1/contacts/" + annie + "/notes").then().statusCode(201);

        as(member).get("/api/v1/contacts?q=reformat").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(annie));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesTheStartOfWords() {
        String member = newMember();
        String elise = createContact(member, Map.of("fullName", "Élise Dubois", "location", "Liège, Belgium"));

        as(member).get("/api/v1/contacts?q=ELISE liege").then().body("items.id", contains(elise));
        as(member).get("/api/v1/contacts?q=dub").then().body("items.id", contains(elise));
    }

    @Test
    void aNameMatchRanksAboveANoteMatch() {
        String member = newMember();
        String mentioned = createContact(member, "Pieter Janssens", "pieter@example.org");
        as(member).body(Map.of("body", "introduced me to Kafka people")).post("/api/v1/contacts/" + mentioned + "/notes");
        String named = createContact(member, Map.of("fullName", "Kafka Verhoeven", "email", "kv@example.org"));

        as(member).get("/api/v1/contacts?q=kafka").then().body("items.id", contains(named, mentioned));
    }

    @Test
    void filtersByTagSkillCompanyHiringAndSeeking() {
        String member = newMember();
        String hiring = createContact(member, Map.of("fullName", "Hiring Manager", "company", "Proximus",
                "skills", List.of("k8s"), "tags", List.of("cloud")));
        as(member).body(Map.of("hiringInfluence", true, "openRoles", List.of(Map.of("title", "SRE",
                "skills", List.of("kubernetes"), "remote", false)))).put("/api/v1/contacts/" + hiring + "/hiring")
                .then().statusCode(200);
        String seeker = createContact(member, Map.of("fullName", "Active Seeker", "company", "Nowhere"));
        as(member).body(Map.of("selfIntroduction", "I am a site reliability engineer looking for my next role in Ghent.",
                        "targetRoles", List.of("SRE"), "skills", List.of("kubernetes"), "locations", List.of("Ghent"),
                        "remote", true, "status", "ACTIVE"))
                .put("/api/v1/contacts/" + seeker + "/seeking").then().statusCode(200);

        as(member).get("/api/v1/contacts?tag=Cloud").then().body("items.id", contains(hiring));
        as(member).get("/api/v1/contacts?skill=Kubernetes").then().body("items.id", contains(hiring));
        as(member).get("/api/v1/contacts?company=proximus").then().body("items.id", contains(hiring));
        as(member).get("/api/v1/contacts?hiring=true").then().body("items.id", contains(hiring));
        as(member).get("/api/v1/contacts?seeking=true").then().body("items.id", contains(seeker));
        as(member).get("/api/v1/contacts?hiring=false&seeking=false").then().body("total", equalTo(0));
    }

    @Test
    void resultsComePagedWithTheTotal() {
        String member = newMember();
        for (String name : List.of("Anna", "Bert", "Carla", "Dirk", "Eva")) {
            createContact(member, name + " Example", name.toLowerCase() + "@example.org");
        }

        as(member).get("/api/v1/contacts?size=2&page=1&sort=name").then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.fullName", contains("Carla Example", "Dirk Example"));
    }

    @Test
    void aWordThatMoreThanAThousandCardsShareCountsAsOneThousandPlusWhileASmallerResultIsCountedExactly() {
        String member = newMember();
        StringBuilder export = new StringBuilder("First Name,Last Name,Position\n");
        IntStream.range(0, 1_005).forEach(i -> export.append("Person,").append(i).append(',')
                .append(i < 7 ? "Data Engineer" : "Software Engineer").append('\n'));
        as(member).contentType("text/csv").body(export.toString()).post("/api/v1/contacts/import").then()
                .statusCode(200).body("created", equalTo(1_005));

        as(member).get("/api/v1/contacts?q=engineer").then().statusCode(200)
                .body("total", equalTo(1_000))
                .body("totalIsCapped", equalTo(true))
                .body("items", hasSize(20));
        as(member).get("/api/v1/contacts?q=data engineer&size=5").then().statusCode(200)
                .body("total", equalTo(7))
                .body("totalIsCapped", equalTo(false))
                .body("items", hasSize(5));
        as(member).get("/api/v1/contacts?q=data&page=3&size=5").then().statusCode(200)
                .body("total", equalTo(7))
                .body("totalIsCapped", equalTo(false))
                .body("items", hasSize(0));
    }

    @Test
    void theCappedCountIsDocumented() {
        String page = "components.schemas.ContactPage.properties";
        JsonPath openApi = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getString(page + ".total.description")).contains("up to 1,000");
        assertThat(openApi.getString(page + ".totalIsCapped.description")).contains("1,000+");
    }

    @Test
    void anOutOfRangePageSizeOrUnknownSortAnswers400NamingTheParameter() {
        String member = newMember();
        as(member).get("/api/v1/contacts?size=1000").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        as(member).get("/api/v1/contacts?sort=shoeSize").then().statusCode(400).body("errors.field", hasItem("sort"));
        as(member).get("/api/v1/contacts?hiring=perhaps").then().statusCode(400)
                .contentType("application/problem+json");
    }
}

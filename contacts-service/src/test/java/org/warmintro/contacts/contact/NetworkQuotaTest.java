package org.warmintro.contacts.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A member's network holds at most contacts.quota.max-contacts-per-member cards: 5 here. */
@QuarkusTest
@TestProfile(NetworkQuotaTest.FiveContacts.class)
class NetworkQuotaTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String QUOTA_PROBLEM = "https://warmintro.org/problems/contact-quota";
    private static final String IMPORT = "/api/v1/contacts/import";

    public static class FiveContacts implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("contacts.quota.max-contacts-per-member", "5");
        }
    }

    @Test
    void aFullNetworkRefusesANewCardWith409UntilACardIsErased() {
        String member = newMember();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createContact(member, "Person " + i, "person-" + i + "@example.org"));
        }

        as(member).body(Map.of("fullName", "Annie Wang")).post("/api/v1/contacts").then()
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(QUOTA_PROBLEM))
                .body("detail", containsString("at most 5 contacts"))
                .body("detail", containsString("room for 0 more"));
        as(newMember()).body(Map.of("fullName", "Annie Wang")).post("/api/v1/contacts").then().statusCode(201);

        as(member).delete("/api/v1/contacts/" + ids.get(0)).then().statusCode(204);
        createContact(member, "Annie Wang", "annie@example.org");
        as(member).get("/api/v1/contacts").then().body("total", equalTo(5));
    }

    @Test
    void createsRacingForTheLastPlacesFillTheNetworkExactlyAndRefuseTheRestWith409() {
        String member = newMember();
        createContact(member, "Person 0", "person-0@example.org");

        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<CompletableFuture<Response>> racing = IntStream.range(1, 13).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> as(member).body(Map.of("fullName", "Person " + i)).post("/api/v1/contacts"), clients)).toList();
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(Response::statusCode).toList();
        clients.shutdown();

        assertThat(statuses).as("statuses").filteredOn(status -> status == 201).hasSize(4);
        assertThat(statuses).as("statuses").filteredOn(status -> status == 409).hasSize(8);
        as(member).get("/api/v1/contacts").then().body("total", equalTo(5));
    }

    @Test
    void anImportThatWouldOverflowTheNetworkIsRefusedWholeSayingHowMuchRoomIsLeft() {
        String member = newMember();
        createContact(member, "Person 0", "person-0@example.org");
        createContact(member, "Person 1", "person-1@example.org");
        createContact(member, "Person 2", "person-2@example.org");

        as(member).contentType("text/csv").body(export(3, 6)).post(IMPORT).then()
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(QUOTA_PROBLEM))
                .body("detail", containsString("would add 3 contacts"))
                .body("detail", containsString("room for 2 more"))
                .body("detail", containsString("at most 5 contacts"));
        as(member).get("/api/v1/contacts").then().body("total", equalTo(3));
    }

    @Test
    void peopleTheNetworkHasOrTheFileNamesTwiceTakeNoRoom() {
        String member = newMember();
        createContact(member, "Person 0", "person-0@example.org");
        createContact(member, "Person 1", "person-1@example.org");
        String export = export(0, 4) + "Person,3,,PERSON-3@example.org\n" + "Person,4,https://example.org/p4,\n"
                + "Person,4,https://example.org/p4,person-4@example.org\n";

        // the two cards written by hand take the file's given name; the file's second Person 3 and Person 4 repeat it
        as(member).contentType("text/csv").body(export).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(3))
                .body("skipped", equalTo(1));
        as(member).get("/api/v1/contacts").then().body("total", equalTo(5));
    }

    @Test
    void importsAndCreatesRacingForTheLastPlacesNeverOverflowTheNetwork() {
        String member = newMember();
        createContact(member, "Person 0", "person-0@example.org");

        List<CompletableFuture<Response>> racing = new ArrayList<>();
        racing.add(CompletableFuture.supplyAsync(() -> as(member).contentType("text/csv").body(export(10, 13))
                .post(IMPORT)));
        racing.add(CompletableFuture.supplyAsync(() -> as(member).contentType("text/csv").body(export(20, 23))
                .post(IMPORT)));
        IntStream.range(30, 32).forEach(i -> racing.add(CompletableFuture.supplyAsync(() -> as(member)
                .body(Map.of("fullName", "Person " + i)).post("/api/v1/contacts"))));
        List<Integer> statuses = racing.stream().map(CompletableFuture::join).map(Response::statusCode).toList();

        int total = as(member).get("/api/v1/contacts").then().extract().path("total");
        assertThat(total).isLessThanOrEqualTo(5);
        int imported = (int) statuses.subList(0, 2).stream().filter(status -> status == 200).count();
        int created = (int) statuses.subList(2, 4).stream().filter(status -> status == 201).count();
        assertThat(total).as("statuses %s", statuses).isEqualTo(1 + 3 * imported + created);
        assertThat(statuses).as("every request is answered, the refused ones with 409").allMatch(
                status -> status == 200 || status == 201 || status == 409);
    }

    @Test
    void theQuotaIsDocumentedAmongTheAnswersOfCreateAndImport() {
        JsonPath openApi = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getString("paths.'/api/v1/contacts'.post.responses.'409'.description"))
                .contains("at most 50,000 contacts");
        assertThat(openApi.getString("paths.'/api/v1/contacts/import'.post.responses.'409'.description"))
                .contains("at most 50,000 contacts");
    }

    /** A LinkedIn export of Person {@code from} to Person {@code to - 1}, each with their own email address. */
    private static String export(int from, int to) {
        StringBuilder export = new StringBuilder("First Name,Last Name,URL,Email Address\n");
        IntStream.range(from, to).forEach(i -> export.append("Person,").append(i).append(",,person-").append(i)
                .append("@example.org\n"));
        return export.toString();
    }
}

package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class ImportApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String VCARD = "text/vcard; charset=UTF-8";
    private static final String IMPORT = "/api/v1/contacts/import";

    @Inject
    ObjectMapper json;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void aLinkedInExportImportsEveryReadablePersonOnceAndReportsTheOthersByTheirLine() {
        String member = newMember();

        importFile(member, CSV, "Connections.csv").statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("skipped", equalTo(1))
                .body("errors.line", contains(7, 8, 10))
                .body("errors[0].reason", equalTo("First Name and Last Name: must not be blank"))
                .body("errors[1].reason", equalTo("Position: must be one line without control characters"))
                .body("errors[2].reason", equalTo("Email Address: must be a well-formed email address"))
                .body("warnings.line", contains(11))
                .body("warnings[0].reason", equalTo("the same person as line 5 (the same email address)"));

        JsonPath annie = card(member, "annie");
        assertThat(annie.getString("fullName")).isEqualTo("Annie Wang");
        assertThat(annie.getString("email")).isEqualTo("annie.wang@example.org");
        assertThat(annie.getString("profileUrl")).isEqualTo("https://www.linkedin.com/in/annie-wang");
        assertThat(annie.getString("company")).isEqualTo("VUB");
        assertThat(annie.getString("title")).isEqualTo("PhD Researcher");
        assertThat(annie.getString("relationship.howWeMet")).isEqualTo("LinkedIn connection");
        assertThat(annie.getString("relationship.lastInteractionAt")).isEqualTo("2021-03-12T00:00:00Z");
        JsonPath hugo = card(member, "hugo");
        assertThat(hugo.getString("email")).isNull();
        assertThat(hugo.getString("company")).isEqualTo("Proximus, Brussels");
        assertThat(hugo.getString("title")).isEqualTo("Head of Engineering, Cloud");
        as(member).get("/api/v1/contacts?q=lena").then().body("total", equalTo(0));
        assertThat(card(member, "elise").getString("fullName")).isEqualTo("Élise Dubois");
    }

    @Test
    void importedPeopleAreSearchableAndAnnouncedByTheirProfileEvents() throws IOException {
        String member = newMember();
        importFile(member, CSV, "Connections.csv").statusCode(200);

        as(member).get("/api/v1/contacts?q=proximus cloud").then().statusCode(200)
                .body("items.fullName", contains("Hugo Peeters"));

        String hugo = card(member, "hugo").getString("id");
        List<ConsumerRecord<String, String>> events = ProfileEvents.await(companion, hugo, 1);
        JsonNode snapshot = json.readTree(events.get(0).value());
        assertThat(snapshot.get("memberId").asText()).isEqualTo(member);
        assertThat(snapshot.get("company").asText()).isEqualTo("Proximus, Brussels");
    }

    @Test
    void importingTheSameExportAgainCreatesNothing() {
        String member = newMember();
        importFile(member, CSV, "Connections.csv").statusCode(200).body("created", equalTo(3));

        importFile(member, CSV, "Connections.csv").statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("skipped", equalTo(4))
                .body("errors.line", contains(7, 8, 10));
        as(member).get("/api/v1/contacts").then().body("total", equalTo(3));
    }

    @Test
    void anExistingContactWithTheSameEmailIsUpdatedWithWhatTheFileChangesNotDuplicated() {
        String member = newMember();
        String annie = createContact(member, Map.of("fullName", "Annie W.", "email", "annie.wang@example.org",
                "company", "Ghent University", "tags", List.of("brunch"), "relationship", Map.of("strength", 4)));

        importFile(member, CSV, "Connections.csv").statusCode(200)
                .body("created", equalTo(2))
                .body("updated", equalTo(1))
                .body("skipped", equalTo(1));

        as(member).get("/api/v1/contacts/" + annie).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("fullName", equalTo("Annie W."))
                .body("givenName", equalTo("Annie"))
                .body("company", equalTo("VUB"))
                .body("title", equalTo("PhD Researcher"))
                .body("profileUrl", equalTo("https://www.linkedin.com/in/annie-wang"))
                .body("tags", contains("brunch"))
                .body("relationship.strength", equalTo(4))
                .body("relationship.howWeMet", nullValue())
                .body("relationship.lastInteractionAt", equalTo("2021-03-12T00:00:00Z"));
        as(member).get("/api/v1/contacts?q=annie").then().body("total", equalTo(1));
    }

    @Test
    void aVCard3AddressBookImportsNameFromNOrgTitleFirstEmailLocationAndNoteAndReimportsIntoNothing() {
        String member = newMember();

        importFile(member, VCARD, "contacts-v3.vcf").statusCode(200)
                .body("created", equalTo(2))
                .body("errors.line", contains(19))
                .body("errors[0].reason", equalTo("FN: must not be blank"));

        JsonPath elise = card(member, "elise");
        assertThat(elise.getString("email")).isEqualTo("elise.dubois@example.org");
        assertThat(elise.getString("company")).isEqualTo("Proximus");
        assertThat(elise.getString("title")).isEqualTo("Engineering Manager");
        assertThat(elise.getString("profileUrl")).isEqualTo("https://www.linkedin.com/in/elise-dubois");
        assertThat(elise.getString("location")).isEqualTo("Brussels, Belgium");
        as(member).get("/api/v1/contacts/" + elise.getString("id") + "/notes").then()
                .body("body", contains("Met at the Kafka meetup, wants to mentor juniors in stream processing"));
        as(member).get("/api/v1/contacts?q=mentor").then().body("items.fullName", contains("Élise Dubois"));
        assertThat(card(member, "pieter").getString("fullName")).isEqualTo("Pieter Janssens");

        importFile(member, VCARD, "contacts-v3.vcf").statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("skipped", equalTo(2));
        as(member).get("/api/v1/contacts/" + elise.getString("id") + "/notes").then().body("size()", equalTo(1));
    }

    @Test
    void aVCard4AddressBookImportsAsUtf8WithoutACharsetParameter() {
        String member = newMember();

        as(member).config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/vcard").body(resource("contacts-v4.vcf")).post(IMPORT)
                .then().statusCode(200)
                .body("created", equalTo(1))
                .body("errors.line", contains(12))
                .body("errors[0].reason", equalTo("EMAIL: must be a well-formed email address"));

        JsonPath kafka = card(member, "verhoeven");
        assertThat(kafka.getString("email")).isEqualTo("kv@example.org");
        assertThat(kafka.getString("company")).isEqualTo("Barco");
        assertThat(kafka.getString("title")).isEqualTo("Recruiter");
        assertThat(kafka.getString("location")).isEqualTo("Kortrijk, Belgium");
        as(member).get("/api/v1/contacts?q=autumn").then().body("items.fullName", contains("Kafka Verhoeven"));
    }

    @Test
    void anUnsupportedContentTypeAnswers415Problem() {
        as(newMember()).contentType("application/vnd.ms-excel").body(resource("Connections.csv")).post(IMPORT)
                .then().statusCode(415).contentType(PROBLEM)
                .body("status", equalTo(415))
                .body("instance", equalTo(IMPORT));
        as(newMember()).body(Map.of("fullName", "Annie Wang")).post(IMPORT)
                .then().statusCode(415).contentType(PROBLEM);
        as(newMember()).contentType("text/csv; charset=klingon").body(resource("Connections.csv")).post(IMPORT)
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("klingon"));
    }

    @Test
    void aMembersImportNeverTouchesAnotherMembersContacts() {
        String owner = newMember();
        String importer = newMember();
        String annie = createContact(owner, Map.of("fullName", "Annie Wang", "email", "annie.wang@example.org",
                "company", "Ghent University"));

        importFile(importer, CSV, "Connections.csv").statusCode(200).body("created", equalTo(3));

        as(owner).get("/api/v1/contacts").then().body("total", equalTo(1));
        as(owner).get("/api/v1/contacts/" + annie).then()
                .header("ETag", "\"0\"")
                .body("company", equalTo("Ghent University"));
        as(importer).get("/api/v1/contacts/" + annie).then().statusCode(404);
    }

    @Test
    void aFileOfMoreThan50000PeopleAnswers413ProblemAndImportsNobody() {
        String member = newMember();
        StringBuilder export = new StringBuilder("First Name,Last Name,URL\n");
        for (int i = 0; i <= PeopleReader.MAX_PEOPLE; i++) {
            export.append("Person,").append(i).append(",https://www.linkedin.com/in/p-").append(i).append('\n');
        }

        as(member).contentType(CSV).body(export.toString()).post(IMPORT)
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("50,000"));
        as(member).get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void aBodyOfMillionsOfLineFeedsIsReadWithoutAnEntryPerLine() {
        String member = newMember();
        String lineFeeds = "\n".repeat(10_000_000);

        as(member).contentType(CSV).body(lineFeeds).post(IMPORT).then().statusCode(400).contentType(PROBLEM);
        as(member).contentType(VCARD).body(lineFeeds).post(IMPORT).then().statusCode(400).contentType(PROBLEM);
        as(member).contentType(CSV).body("First Name,Last Name,Email Address\n" + lineFeeds + "Annie,Wang,annie@\n")
                .post(IMPORT).then().statusCode(200)
                .body("created", equalTo(0))
                .body("errors.line", contains(10_000_002));
    }

    @Test
    void aFileThatIsNotALinkedInExportAnswers400ProblemAndImportsNobody() {
        String member = newMember();
        as(member).contentType(CSV).body("Name,Mail\nAnnie Wang,annie@example.org\n").post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("(body)"));
        as(member).contentType(CSV).post(IMPORT).then().statusCode(400).contentType(PROBLEM);
        as(member).contentType(VCARD).body("FN:Annie Wang\n").post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM);
        as(member).get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void aPersonTheDatabaseRefusesFailsAloneAndTheOthersOfTheChunkAreSaved() {
        String member = newMember();
        // PostgreSQL keeps no date before 4713 BC
        String export = """
                First Name,Last Name,URL,Email Address,Company,Connected On
                Annie,Wang,https://www.linkedin.com/in/annie-wang,,VUB,12 Mar 2021
                Hugo,Peeters,https://www.linkedin.com/in/hugo-peeters,,Proximus,1 Jan -5000
                Lena,Maes,https://www.linkedin.com/in/lena-maes,,Maes & Co,20 Jun 2018
                """;

        as(member).contentType(CSV).body(export).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(2))
                .body("errors.line", contains(3))
                .body("errors[0].reason", equalTo("could not be saved: the database refused it"));
        as(member).get("/api/v1/contacts?sort=name").then().body("items.fullName", contains("Annie Wang", "Lena Maes"));
    }

    @Test
    void anImportNeedsABearerToken() {
        RestAssured.given().contentType(CSV).body(resource("Connections.csv")).post(IMPORT)
                .then().statusCode(401).contentType(PROBLEM);
    }

    private static ValidatableResponse importFile(String member, String contentType, String name) {
        return as(member).contentType(contentType).body(resource(name)).post(IMPORT).then();
    }

    /** The one card that a search finds. */
    private static JsonPath card(String member, String q) {
        return as(member).get("/api/v1/contacts?q=" + q).then().statusCode(200).body("items", hasSize(1))
                .extract().jsonPath().setRootPath("items[0]");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/importing/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

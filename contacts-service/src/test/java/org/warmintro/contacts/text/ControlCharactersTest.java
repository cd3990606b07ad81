package org.warmintro.contacts.text;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and short values go into email subjects downstream, where a line break starts a header of its own: every
 * field of the contacts API refuses control characters, but for line breaks and tabs in free text.
 */
@QuarkusTest
class ControlCharactersTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ONE_LINE = "must be one line without control characters";
    private static final String FREE_TEXT = "must not contain control characters other than line breaks and tabs";
    private static final String INTRODUCTION = "I studied media at Renmin University and am finishing a PhD at VUB.";

    static Stream<Arguments> oneLineFieldsOfAContact() {
        return Stream.of(
                Arguments.of("fullName", "Annie Wang\nBcc: everyone@example.org", "fullName"),
                Arguments.of("email", "annie\r\n@example.org", "email"),
                Arguments.of("profileUrl", "https://example.org/annie\u0000", "profileUrl"),
                Arguments.of("headline", "Researcher\u001b[2J", "headline"),
                Arguments.of("company", "VUB\r", "company"),
                Arguments.of("title", "PhD\tResearcher", "title"),
                Arguments.of("field", "media\u0085", "field"),
                Arguments.of("location", "Brussels\u007f", "location"),
                Arguments.of("skills", List.of("video editing", "seo\n"), "skills[1]"),
                Arguments.of("tags", List.of("brunch\u0007"), "tags[0]"),
                Arguments.of("relationship", Map.of("howWeMet", "Brunch\nin Brussels"), "relationship.howWeMet"));
    }

    @ParameterizedTest
    @MethodSource("oneLineFieldsOfAContact")
    void aControlCharacterInAFieldOfANewContactAnswers400NamingTheFieldAndStoresNothing(String property, Object value,
            String field) {
        String member = newMember();
        Map<String, Object> contact = new HashMap<>(Map.of("fullName", "Annie Wang"));
        contact.put(property, value);

        refused(as(member).body(contact).post("/api/v1/contacts").then(), field, ONE_LINE);
        as(member).get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void aLineFeedPatchedIntoANameAnswers400AndLeavesTheCardAsItWas() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");

        refused(as(member).contentType("application/merge-patch+json")
                .body(Map.of("fullName", "Annie\nWang")).patch("/api/v1/contacts/" + annie).then(), "fullName", ONE_LINE);
        refused(as(member).body(Map.of("fullName", "Annie\u0000Wang")).put("/api/v1/contacts/" + annie).then(),
                "fullName", ONE_LINE);
        as(member).get("/api/v1/contacts/" + annie).then().body("fullName", equalTo("Annie Wang"))
                .header("ETag", "\"0\"");
    }

    @Test
    void aSeekingProfileTakesLineBreaksInItsFreeTextButNoneInItsRolesOrPlaces() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");
        String seeking = "/api/v1/contacts/" + annie + "/seeking";

        refused(as(member).body(seekingProfile(INTRODUCTION, List.of("Content\nStrategist"), List.of("Brussels"), null))
                .put(seeking).then(), "targetRoles[0]", ONE_LINE);
        refused(as(member).body(seekingProfile(INTRODUCTION, List.of("Content Strategist"), List.of("Ghent\r"), null))
                .put(seeking).then(), "locations[0]", ONE_LINE);
        refused(as(member).body(seekingProfile(INTRODUCTION + "\u0007", List.of(), List.of(), null))
                .put(seeking).then(), "selfIntroduction", FREE_TEXT);
        refused(as(member).body(seekingProfile(INTRODUCTION, List.of(), List.of(), "Edits\rvideos"))
                .put(seeking).then(), "offers", FREE_TEXT);

        as(member).body(seekingProfile("Hello,\r\n\r\n" + INTRODUCTION, List.of(), List.of(), "Edits videos:\n\t- fast"))
                .put(seeking).then().statusCode(200)
                .body("seeking.selfIntroduction", equalTo("Hello,\n\n" + INTRODUCTION))
                .body("seeking.offers", equalTo("Edits videos:\n\t- fast"));
    }

    @Test
    void anOpenRoleIsOneLineOfTitleSkillsAndLocation() {
        String member = newMember();
        String lena = createContact(member, "Lena Maes", "lena@example.org");
        String hiring = "/api/v1/contacts/" + lena + "/hiring";

        refused(as(member).body(openRole("Communication\nSpecialist", List.of("pr"), "Brussels")).put(hiring).then(),
                "openRoles[0].title", ONE_LINE);
        refused(as(member).body(openRole("Communication Specialist", List.of("pr\u0000"), "Brussels")).put(hiring)
                .then(), "openRoles[0].skills[0]", ONE_LINE);
        refused(as(member).body(openRole("Communication Specialist", List.of("pr"), "Brussels\n")).put(hiring).then(),
                "openRoles[0].location", ONE_LINE);
        as(member).get("/api/v1/contacts/" + lena).then().body("hiring", nullValue());
    }

    @Test
    void aNoteRunsOverLinesStoredWithLineFeedsButRefusesOtherControlCharacters() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");
        String notes = "/api/v1/contacts/" + annie + "/notes";

        refused(as(member).body(Map.of("body", "Met at VUB\u001b[31m")).post(notes).then(), "body", FREE_TEXT);
        refused(as(member).body(Map.of("body", "Met at VUB\rthen at brunch")).post(notes).then(), "body", FREE_TEXT);

        as(member).body(Map.of("body", "Met at VUB\r\n\tthen at brunch")).post(notes).then().statusCode(201)
                .body("body", equalTo("Met at VUB\n\tthen at brunch"));
        as(member).get(notes).then().body("body", contains("Met at VUB\n\tthen at brunch"));
    }

    @Test
    void anInteractionSummaryRefusesControlCharactersButLineBreaks() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");
        String interactions = "/api/v1/contacts/" + annie + "/interactions";

        refused(as(member).body(Map.of("kind", "MET", "direction", "GAVE", "summary", "Coffee\u0000")).post(interactions)
                .then(), "summary", FREE_TEXT);
        as(member).body(Map.of("kind", "MET", "direction", "GAVE", "summary", "Coffee\r\nthen a walk"))
                .post(interactions).then().statusCode(201).body("summary", equalTo("Coffee\nthen a walk"));
    }

    @Test
    void aSearchForAControlCharacterAnswers400NamingTheParameter() {
        String member = newMember();
        refused(as(member).queryParam("q", "annie\nwang").get("/api/v1/contacts").then(), "q", ONE_LINE);
        refused(as(member).queryParam("tag", "brunch\u0000").get("/api/v1/contacts").then(), "tag", ONE_LINE);
    }

    @Test
    void anImportedPersonWithAControlCharacterIsReportedByTheirLineAndTheOthersAreImported() {
        String member = newMember();
        String export = """
                First Name,Last Name,URL,Email Address,Company,Position
                "Annie
                Bcc: everyone@example.org",Wang,,annie@example.org,VUB,Researcher
                Hugo,Peeters,,hugo@example.org,Prox\u0007imus,Engineer
                Lena,Maes,,lena@example.org,Maes & Co,Founder
                """;

        as(member).contentType("text/csv; charset=UTF-8").body(export).post("/api/v1/contacts/import").then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("errors.line", contains(2, 4))
                .body("errors.reason", contains("First Name and Last Name: " + ONE_LINE + "; First Name: " + ONE_LINE,
                        "Company: " + ONE_LINE));
        as(member).get("/api/v1/contacts").then().body("items.fullName", contains("Lena Maes"));
    }

    @Test
    void anImportedVCardWithALineBreakInItsNameIsReportedAndItsMultiLineNoteIsKept() {
        String member = newMember();
        String addressBook = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Annie Wang\\nBcc: everyone@example.org
                EMAIL:annie@example.org
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Hugo Peeters
                EMAIL:hugo@example.org
                NOTE:Met at the Kafka meetup\\nwants to mentor juniors
                END:VCARD
                """;

        as(member).contentType("text/vcard; charset=UTF-8").body(addressBook).post("/api/v1/contacts/import").then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("errors.line", contains(1))
                .body("errors[0].reason", equalTo("FN: " + ONE_LINE));
        String hugo = as(member).get("/api/v1/contacts").then().body("items.fullName", contains("Hugo Peeters"))
                .extract().path("items[0].id");
        as(member).get("/api/v1/contacts/" + hugo + "/notes").then()
                .body("body", contains("Met at the Kafka meetup\nwants to mentor juniors"));
    }

    private static void refused(ValidatableResponse response, String field, String message) {
        response.statusCode(400).contentType(PROBLEM)
                .body("errors.findAll { it.field == '%s' }.message".formatted(field), hasItem(message));
    }

    private static Map<String, Object> seekingProfile(String introduction, List<String> roles, List<String> locations,
            String offers) {
        Map<String, Object> profile = new HashMap<>(Map.of("selfIntroduction", introduction, "targetRoles", roles,
                "skills", List.of(), "locations", locations, "status", "ACTIVE"));
        profile.put("offers", offers);
        return profile;
    }

    private static Map<String, Object> openRole(String title, List<String> skills, String location) {
        return Map.of("hiringInfluence", true, "openRoles",
                List.of(Map.of("title", title, "skills", skills, "location", location, "remote", false)));
    }
}

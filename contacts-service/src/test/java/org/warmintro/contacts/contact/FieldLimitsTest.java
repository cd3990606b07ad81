package org.warmintro.contacts.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;

/**
 * Real names of technologies and roles fit the fields that hold them, and the OpenAPI document tells a client how long
 * each value may be. The values are the longest of O*NET 29.2 (../shared/data/onet-29.2).
 */
@QuarkusTest
class FieldLimitsTest {

    /** The longest technology name of O*NET's technology skills: 111 characters. */
    static final String LONGEST_TECHNOLOGY = "Digital Imaging Communications in Medicine DICOM-compatible image "
            + "acquisition and integration software products";
    /** The longest job title of O*NET's alternate titles: 128 characters. */
    static final String LONGEST_JOB_TITLE = "Air Defense Command, Control, Communications, Computers and Intelligence "
            + "Tactical Operations Center Enhanced Operator/Maintainer";
    /** The longest occupation of O*NET: 105 characters. */
    static final String LONGEST_OCCUPATION = "Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, "
            + "Operators, and Tenders, Metal and Plastic";
    private static final String INTRODUCTION = "I studied media at Renmin University and am finishing a PhD at VUB.";

    @Inject
    ObjectMapper json;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void theLongestOnetTechnologyNameIsAcceptedAsASkillOfACardASeekerAndAnOpenRole() {
        String member = newMember();
        String skill = LONGEST_TECHNOLOGY.toLowerCase(Locale.ROOT);
        String annie = as(member).body(Map.of("fullName", "Annie Wang", "skills", List.of(LONGEST_TECHNOLOGY)))
                .post("/api/v1/contacts")
                .then().statusCode(201).body("skills", contains(skill))
                .extract().path("id");

        as(member).body(Map.of("selfIntroduction", INTRODUCTION, "targetRoles", List.of(), "skills",
                        List.of(LONGEST_TECHNOLOGY), "locations", List.of(), "status", "ACTIVE"))
                .put("/api/v1/contacts/" + annie + "/seeking")
                .then().statusCode(200).body("seeking.skills", contains(skill));
        as(member).body(Map.of("hiringInfluence", true, "openRoles", List.of(Map.of("title", "Radiology IT Specialist",
                        "skills", List.of(LONGEST_TECHNOLOGY)))))
                .put("/api/v1/contacts/" + annie + "/hiring")
                .then().statusCode(200).body("hiring.openRoles[0].skills", contains(skill));
        as(member).get("/api/v1/contacts?skill=" + LONGEST_TECHNOLOGY).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void theLongestOnetJobTitleIsAcceptedAsATitleAnOpenRoleAndATargetRole() {
        String member = newMember();
        String lena = createContact(member, Map.of("fullName", "Lena Maes", "title", LONGEST_JOB_TITLE,
                "field", LONGEST_OCCUPATION));

        as(member).body(Map.of("hiringInfluence", true, "openRoles", List.of(Map.of("title", LONGEST_JOB_TITLE,
                        "skills", List.of()))))
                .put("/api/v1/contacts/" + lena + "/hiring")
                .then().statusCode(200).body("hiring.openRoles[0].title", equalTo(LONGEST_JOB_TITLE));
        as(member).body(Map.of("selfIntroduction", INTRODUCTION, "targetRoles", List.of(LONGEST_JOB_TITLE),
                        "skills", List.of(), "locations", List.of(), "status", "ACTIVE"))
                .put("/api/v1/contacts/" + lena + "/seeking")
                .then().statusCode(200).body("seeking.targetRoles", contains(LONGEST_JOB_TITLE));
    }

    @Test
    void anImportTakesTheSameLimitsAndReportsAValueOverOneByItsLine() {
        String member = newMember();
        String export = "First Name,Last Name,Email Address,Company,Position\n"
                + "Lena,Maes,lena@example.org,Defense Ministry,\"" + LONGEST_JOB_TITLE + "\"\n"
                + "Hugo,Peeters,hugo@example.org," + "x".repeat(FieldLimits.COMPANY + 1) + ",Engineer\n";

        as(member).contentType("text/csv").body(export).post("/api/v1/contacts/import").then().statusCode(200)
                .body("created", equalTo(1))
                .body("errors.line", contains(3))
                .body("errors[0].reason", equalTo("Company: size must be between 0 and " + FieldLimits.COMPANY));
        as(member).get("/api/v1/contacts?q=maes").then().body("items[0].title", equalTo(LONGEST_JOB_TITLE));
    }

    @Test
    void aValueOverItsLimitAnswers400NamingTheFieldAndTheLimit() {
        String member = newMember();
        as(member).body(Map.of("fullName", "Annie Wang", "skills", List.of("x".repeat(FieldLimits.SKILL + 1))))
                .post("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("skills[0]"))
                .body("errors.message", contains("size must be between 0 and " + FieldLimits.SKILL));
    }

    @Test
    void aProfileUrlAsLongAsTheLimitIsKeptWhateverItsCharactersAndTheMembersId() {
        // as long a member id as OpenID Connect allows (its sub claim), random so that the database cannot compress it
        String member = (newMember() + UUID.randomUUID() + UUID.randomUUID() + UUID.randomUUID() + UUID.randomUUID()
                + UUID.randomUUID() + UUID.randomUUID() + UUID.randomUUID()).substring(0, 255);
        String site = "https://example.org/";
        String url = site + distinctText(FieldLimits.PROFILE_URL - site.length(), 0);

        as(member).body(Map.of("fullName", "Annie Wang", "profileUrl", url)).post("/api/v1/contacts")
                .then().statusCode(201).body("profileUrl", equalTo(url));
        as(member).body(Map.of("fullName", "Annie Wang", "profileUrl", url + "x")).post("/api/v1/contacts")
                .then().statusCode(400).body("errors.field", contains("profileUrl"));
    }

    @Test
    void aCardFilledToEveryLimitIsPublishedWhole() throws Exception {
        String member = newMember();
        String local = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(FieldLimits.EMAIL - 64 - 1 - 128 - 4)
                + ".org";
        Map<String, Object> card = new HashMap<>();
        card.put("fullName", distinctText(FieldLimits.FULL_NAME, 1));
        card.put("email", local + "@" + domain);
        card.put("profileUrl", "https://example.org/" + distinctText(FieldLimits.PROFILE_URL - 20, 2));
        card.put("headline", distinctText(FieldLimits.HEADLINE, 3));
        card.put("company", distinctText(FieldLimits.COMPANY, 4));
        card.put("title", distinctText(FieldLimits.JOB_TITLE, 5));
        card.put("field", distinctText(FieldLimits.FIELD, 6));
        card.put("location", distinctText(FieldLimits.LOCATION, 7));
        card.put("skills", distinctTexts(FieldLimits.SKILLS, FieldLimits.SKILL, 100));
        card.put("tags", distinctTexts(FieldLimits.TAGS, FieldLimits.TAG, 200));
        card.put("relationship", Map.of("howWeMet", distinctText(FieldLimits.HOW_WE_MET, 8)));
        String id = createContact(member, card);
        as(member).body(Map.of(
                        "selfIntroduction", distinctText(FieldLimits.SELF_INTRODUCTION, 9),
                        "targetRoles", distinctTexts(FieldLimits.TARGET_ROLES, FieldLimits.JOB_TITLE, 300),
                        "skills", distinctTexts(FieldLimits.SKILLS, FieldLimits.SKILL, 400),
                        "locations", distinctTexts(FieldLimits.LOCATIONS, FieldLimits.LOCATION, 500),
                        "offers", distinctText(FieldLimits.OFFERS, 10),
                        "status", "ACTIVE"))
                .put("/api/v1/contacts/" + id + "/seeking").then().statusCode(200);
        List<Map<String, Object>> roles = new ArrayList<>();
        for (int role = 0; role < FieldLimits.OPEN_ROLES; role++) {
            roles.add(Map.of("title", distinctText(FieldLimits.JOB_TITLE, 1000 + role),
                    "skills", distinctTexts(FieldLimits.ROLE_SKILLS, FieldLimits.SKILL, 2000 + role * 100),
                    "location", distinctText(FieldLimits.LOCATION, 5000 + role)));
        }
        as(member).body(Map.of("hiringInfluence", true, "openRoles", roles))
                .put("/api/v1/contacts/" + id + "/hiring").then().statusCode(200);

        ConsumerRecord<String, String> last = ProfileEvents.await(companion, id, 3).get(2);
        JsonNode snapshot = json.readTree(last.value());
        assertThat(snapshot.get("hiring").get("openRoles")).hasSize(FieldLimits.OPEN_ROLES);
        assertThat(snapshot.get("seeking").get("skills")).hasSize(FieldLimits.SKILLS);
        assertThat(snapshot.get("skills")).hasSize(FieldLimits.SKILLS);
    }

    @Test
    void theOpenApiDocumentStatesTheLimitOfEachField() {
        JsonPath schemas = RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().setRootPath("components.schemas");

        assertLimit(schemas, "ContactRequest.properties.fullName.maxLength", FieldLimits.FULL_NAME);
        assertLimit(schemas, "ContactRequest.properties.email.maxLength", FieldLimits.EMAIL);
        assertLimit(schemas, "ContactRequest.properties.profileUrl.maxLength", FieldLimits.PROFILE_URL);
        assertLimit(schemas, "ContactRequest.properties.title.maxLength", FieldLimits.JOB_TITLE);
        assertLimit(schemas, "ContactRequest.properties.skills.maxItems", FieldLimits.SKILLS);
        assertLimit(schemas, "ContactRequest.properties.skills.items.maxLength", FieldLimits.SKILL);
        assertLimit(schemas, "ContactRequest.properties.tags.items.maxLength", FieldLimits.TAG);
        assertLimit(schemas, "RelationshipRequest.properties.howWeMet.maxLength", FieldLimits.HOW_WE_MET);
        assertLimit(schemas, "SeekingProfile.properties.selfIntroduction.maxLength", FieldLimits.SELF_INTRODUCTION);
        assertLimit(schemas, "SeekingProfile.properties.skills.items.maxLength", FieldLimits.SKILL);
        assertLimit(schemas, "SeekingProfile.properties.targetRoles.items.maxLength", FieldLimits.JOB_TITLE);
        assertLimit(schemas, "HiringProfile.properties.openRoles.maxItems", FieldLimits.OPEN_ROLES);
        assertLimit(schemas, "OpenRole.properties.title.maxLength", FieldLimits.JOB_TITLE);
        assertLimit(schemas, "OpenRole.properties.skills.maxItems", FieldLimits.ROLE_SKILLS);
        assertLimit(schemas, "OpenRole.properties.skills.items.maxLength", FieldLimits.SKILL);
        assertLimit(schemas, "NoteRequest.properties.body.maxLength", FieldLimits.NOTE);
        assertLimit(schemas, "InteractionRequest.properties.summary.maxLength", FieldLimits.INTERACTION_SUMMARY);
    }

    private static void assertLimit(JsonPath schemas, String path, int limit) {
        assertThat(schemas.getInt(path)).as(path).isEqualTo(limit);
    }

    /**
     * Text of {@code length} characters of three bytes each in UTF-8, the most a character of a Java string takes, in
     * an order no other call with another {@code seed} repeats: nothing that a database or a JSON writer compresses or
     * merges.
     */
    static String distinctText(int length, int seed) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('\u4e00' + (seed * 7919 + i) % 20_000));
        }
        return text.toString();
    }

    static List<String> distinctTexts(int count, int length, int firstSeed) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(distinctText(length, firstSeed + i));
        }
        return texts;
    }
}

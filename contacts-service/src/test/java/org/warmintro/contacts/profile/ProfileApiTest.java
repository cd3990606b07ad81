package org.warmintro.contacts.profile;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileApiTest {

    static final String ANNIE_INTRODUCTION = "I studied media at Renmin University and am finishing a PhD at VUB; "
            + "I am looking for my first role in Belgium.";

    @Test
    void aSeekingProfileIsSetWithNormalisedSkillsAndRemoved() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");

        as(member).body(Map.of("selfIntroduction", ANNIE_INTRODUCTION, "targetRoles", List.of("Content Strategist"),
                        "skills", List.of("SEO", "Video Editing"), "locations", List.of("Brussels"), "remote", false,
                        "offers", "Reformats your articles", "status", "ACTIVE"))
                .put("/api/v1/contacts/" + annie + "/seeking")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("seeking.skills", equalTo(List.of("search engine optimization", "video editing")))
                .body("seeking.status", equalTo("ACTIVE"));

        as(member).delete("/api/v1/contacts/" + annie + "/seeking").then().statusCode(204);
        as(member).get("/api/v1/contacts/" + annie).then().body("seeking", nullValue()).header("ETag", "\"2\"");
    }

    @Test
    void aSelfIntroductionUnder50CharactersIsRefusedNamingTheField() {
        String member = newMember();
        String annie = createContact(member, "Annie Wang", "annie@example.org");

        as(member).body(Map.of("selfIntroduction", "hire me", "targetRoles", List.of(), "skills", List.of(),
                        "locations", List.of(), "status", "ACTIVE"))
                .put("/api/v1/contacts/" + annie + "/seeking")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("selfIntroduction"));
        as(member).get("/api/v1/contacts/" + annie).then().body("seeking", nullValue());
    }

    @Test
    void aHiringProfileListsOpenRolesAndItsInfluence() {
        String member = newMember();
        String lena = createContact(member, "Lena Maes", "lena@example.org");

        as(member).body(Map.of("hiringInfluence", true, "openRoles", List.of(
                        Map.of("title", "Communication Specialist", "skills", List.of("PR", "Social Media"),
                                "seniority", "JUNIOR", "location", "Brussels", "remote", false))))
                .put("/api/v1/contacts/" + lena + "/hiring")
                .then().statusCode(200)
                .body("hiring.hiringInfluence", equalTo(true))
                .body("hiring.openRoles[0].skills", equalTo(List.of("public relations", "social media")));

        as(member).body(Map.of("hiringInfluence", true, "openRoles", List.of(Map.of("skills", List.of()))))
                .put("/api/v1/contacts/" + lena + "/hiring")
                .then().statusCode(400).body("errors.field", hasItem("openRoles[0].title"));
    }
}

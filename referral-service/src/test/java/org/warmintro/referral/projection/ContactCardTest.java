package org.warmintro.referral.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ContactCardTest {

    private static final String SNAPSHOT = """
            {"company": "Scheldt Media", "field": "media", "seniority": "DIRECTOR", "skills": ["wordpress"],
             "location": "Brussels",
             "relationship": {"strength": 4, "currentStrength": 3.2, "lastInteractionAt": "2026-03-01T10:15:30Z",
                              "valueGiven": 2, "valueReceived": 1},
             "consent": {"introductionsAllowed": true, "maxIntroductionsPer30Days": 3},
             "seeking": null,
             "hiring": {"hiringInfluence": true, "openRoles": [
                 {"title": "Communication Specialist", "skills": ["wordpress", "social media"], "seniority": "JUNIOR",
                  "location": null, "remote": false}]}}""";

    @Test
    void readsTheSnapshotFieldsAsJacksonGivesThem() throws Exception {
        Map<String, Object> fields = new ObjectMapper().readValue(SNAPSHOT, Map.class);

        ContactCard card = ContactCard.of(fields);

        assertThat(card.company()).isEqualTo("Scheldt Media");
        assertThat(card.seniority()).isEqualTo("DIRECTOR");
        assertThat(card.relationship()).isEqualTo(new ContactCard.Relationship(4,
                Instant.parse("2026-03-01T10:15:30Z"), 2, 1));
        assertThat(card.consent()).isEqualTo(new ContactCard.Consent(true, 3));
        assertThat(card.seeking()).isNull();
        assertThat(card.hiring().hiringInfluence()).isTrue();
        assertThat(card.hiring().openRoles()).containsExactly(new ContactCard.OpenRole("Communication Specialist",
                List.of("wordpress", "social media"), "JUNIOR", null, false));
    }

    @Test
    void readsTheSameFromTheStoredDocument() throws Exception {
        Map<String, Object> fields = new ObjectMapper().readValue(SNAPSHOT, Map.class);

        assertThat(ContactCard.of(Document.parse(SNAPSHOT))).isEqualTo(ContactCard.of(fields));
        assertThat(ContactCard.of(new Document("relationship", new Document("lastInteractionAt",
                Date.from(Instant.parse("2026-03-01T10:15:30Z"))))).relationship().lastInteractionAt())
                .isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
    }

    @Test
    void aCardWithoutTheOptionalPartsNeitherSeeksNorHiresNorConsents() {
        ContactCard card = ContactCard.of(Map.of("skills", List.of("cobol"), "consent", "yes please"));

        assertThat(card.seeking()).isNull();
        assertThat(card.hiring()).isNull();
        assertThat(card.consent()).isEqualTo(new ContactCard.Consent(false, 0));
        assertThat(card.relationship()).isEqualTo(new ContactCard.Relationship(null, null, 0, 0));
        assertThat(card.skills()).containsExactly("cobol");
    }
}

package org.warmintro.referral.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.contracts.network.SeekingStatus;
import org.warmintro.contracts.network.Seniority;

class ContactProfilesDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A document as the projection stored it before it read snapshots as the contract's record. */
    private static Document storedBefore() {
        Document stored = Document.parse("""
                {"_id": "0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11", "memberId": "m-1", "version": {"$numberLong": "7"},
                 "fullName": "Annie Wang", "email": "annie@example.org",
                 "givenName": "Annie", "profileUrl": null, "headline": "Media scholar", "company": "VUB",
                 "title": null, "seniority": "JUNIOR", "field": "Media", "skills": ["copywriting"],
                 "location": "Brussels", "timezone": "Europe/Brussels", "locale": "fr-BE", "tags": ["phd"],
                 "relationship": {"strength": 4, "currentStrength": 3.6, "howWeMet": null,
                                  "lastInteractionAt": "2026-11-20T09:00:00Z", "valueGiven": 0, "valueReceived": 1},
                 "consent": {"introductionsAllowed": true, "maxIntroductionsPer30Days": 2},
                 "seeking": {"selfIntroduction": "I finish a PhD in media studies and write for people who do not read papers.",
                             "targetRoles": ["Content Writer"], "skills": ["copywriting"], "locations": ["Brussels"],
                             "remote": false, "offers": null, "status": "ACTIVE"},
                 "hiring": null, "aFieldOfALaterRelease": {"x": 1}}""");
        stored.put("updatedAt", Date.from(Instant.parse("2026-11-26T10:00:00.123Z")));
        return stored;
    }

    @Test
    void aProfileStoredBeforeTheContractRecordsReadsAsTheSnapshotItWas() {
        ContactProfile profile = ContactProfiles.fromDocument(JSON, storedBefore());

        assertThat(profile.contactId()).isEqualTo("0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11");
        assertThat(profile.version()).isEqualTo(7);
        assertThat(profile.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00.123Z"));
        ContactUpserted card = profile.card();
        assertThat(card.givenName()).isEqualTo("Annie");
        assertThat(card.seniority()).isEqualTo(Seniority.JUNIOR);
        assertThat(card.relationship().lastInteractionAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(card.relationship().currentStrength()).isEqualTo(3.6);
        assertThat(card.seeking().status()).isEqualTo(SeekingStatus.ACTIVE);
        assertThat(profile.activelySeeking()).isTrue();
        assertThat(card.consent().maxIntroductionsPer30Days()).isEqualTo(2);
    }

    @Test
    void aProfileIsStoredInTheShapeStoredBefore() {
        ContactProfile profile = ContactProfiles.fromDocument(JSON, storedBefore());

        Document stored = ContactProfiles.toDocument(JSON, profile);

        Document expected = storedBefore();
        expected.remove("aFieldOfALaterRelease");
        assertThat(stored).isEqualTo(expected);
        assertThat(ContactProfiles.fromDocument(JSON, stored)).isEqualTo(profile);
    }
}

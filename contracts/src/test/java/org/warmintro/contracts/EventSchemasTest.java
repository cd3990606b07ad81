package org.warmintro.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    @Test
    void aSnapshotMissingItsVersionOrWithUpperCaseSkillsBreaksTheContract() {
        String snapshot = """
                {"contactId": "0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11", "memberId": "m-1", "fullName": "Annie Wang",
                 "skills": ["Kafka"], "tags": [], "relationship": {"valueGiven": 0, "valueReceived": 0},
                 "consent": {"introductionsAllowed": true, "maxIntroductionsPer30Days": 2},
                 "updatedAt": "2026-11-26T10:00:00Z"}""";

        assertThat(EventSchemas.violations("network.contact.upserted.v1", snapshot))
                .anyMatch(violation -> violation.contains("version"))
                .anyMatch(violation -> violation.contains("/skills/0"));
    }

    @Test
    void aGivenNameIsOptionalAndIsText() {
        String snapshot = """
                {"contactId": "0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11", "memberId": "m-1", "version": 1,
                 "fullName": "Annie Wang", %s "skills": [], "tags": [],
                 "relationship": {"valueGiven": 0, "valueReceived": 0},
                 "consent": {"introductionsAllowed": true, "maxIntroductionsPer30Days": 2},
                 "updatedAt": "2026-11-26T10:00:00Z"}""";

        assertThat(EventSchemas.violations("network.contact.upserted.v1", snapshot.formatted(""))).isEmpty();
        assertThat(EventSchemas.violations("network.contact.upserted.v1",
                snapshot.formatted("\"givenName\": \"Annie\","))).isEmpty();
        assertThat(EventSchemas.violations("network.contact.upserted.v1",
                snapshot.formatted("\"givenName\": 7,"))).anyMatch(violation -> violation.contains("givenName"));
    }

    @Test
    void theIntroEventsNameEachPartyByTheirGivenNameWhenKnown() {
        String accepted = """
                {"introId": "5b0c6a36-3b1e-4f0e-9c59-2f9b8e0c1a11", "memberId": "m-1", "state": "ACCEPTED",
                 "occurredAt": "2026-11-26T10:00:00Z", "blurb": "Annie studies media.",
                 "connector": {"name": "Dana Connector", "givenName": %s, "email": "dana@example.org"},
                 "seeker": {"contactId": "0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11", "name": "Annie Wang",
                            "givenName": "Annie", "email": "annie@example.org", "selfIntroduction": "Hello"},
                 "target": {"contactId": "1c5d2a1f-9b9e-4eaf-8e5b-3d2a7a2f1b22", "name": "Eline Peeters",
                            "email": "eline@example.org"}}""";

        assertThat(EventSchemas.violations("referral.intro.accepted.v1", accepted.formatted("\"Dana\""))).isEmpty();
        assertThat(EventSchemas.violations("referral.intro.accepted.v1", accepted.formatted("null"))).isEmpty();
        assertThat(EventSchemas.violations("referral.intro.accepted.v1", accepted.formatted("[\"Dana\"]")))
                .anyMatch(violation -> violation.contains("givenName"));
    }

    @Test
    void aTombstoneConformsToTheErasureContract() {
        assertThat(EventSchemas.violations("network.contact.erased.v1", null)).isEmpty();
        assertThat(EventSchemas.violations("network.contact.erased.v1", "{}")).isNotEmpty();
    }

    @Test
    void everyMessageOfTheAsyncApiDocumentNamesAnEventTypeWithItsSchema() throws Exception {
        JsonNode asyncApi = new ObjectMapper(new YAMLFactory())
                .readTree(EventSchemas.class.getResource("/org/warmintro/contracts/asyncapi.yaml"));
        List<JsonNode> messages = new ArrayList<>();
        asyncApi.path("components").path("messages").forEach(messages::add);

        assertThat(messages).hasSizeGreaterThanOrEqualTo(12).allSatisfy(message -> {
            String type = message.path("name").asText();
            assertThat(EventSchemas.isKnown(type)).as("a schema for %s", type).isTrue();
            assertThat(message.path("payload").path("$ref").asText()).isEqualTo("./schemas/" + type + ".json");
        });
    }
}

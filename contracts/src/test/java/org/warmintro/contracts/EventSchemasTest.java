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

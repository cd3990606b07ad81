package org.warmintro.contracts;

import static org.assertj.core.api.Assertions.assertThat;

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
    void everyEventTypeOfTheAsyncApiDocumentHasASchema() {
        assertThat(EventSchemas.class.getResource("/org/warmintro/contracts/asyncapi.yaml")).isNotNull();
        assertThat(new String[] {"network.contact.upserted.v1", "network.contact.erased.v1",
                "referral.intro.opt-in-requested.v1", "notification.sent.v1"}).allMatch(EventSchemas::isKnown);
    }
}

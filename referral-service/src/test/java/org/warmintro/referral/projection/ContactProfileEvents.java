package org.warmintro.referral.projection;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.warmintro.cloudevents.CloudEventHeaders;
import org.warmintro.local.Topics;

/** Records of {@code contacts.profiles.v1} as contacts-service publishes them: CloudEvents in binary mode. */
public final class ContactProfileEvents {

    static final String CONTACT_ERASED = "network.contact.erased.v1";

    private ContactProfileEvents() {
    }

    static String snapshot(String contactId, long version, String fullName) {
        return """
                {"contactId": "%s", "memberId": "member-1", "version": %d, "fullName": "%s",
                 "email": "someone@example.org", "skills": [], "tags": [],
                 "relationship": {"valueGiven": 0, "valueReceived": 0},
                 "consent": {"introductionsAllowed": true, "maxIntroductionsPer30Days": 2},
                 "updatedAt": "2026-03-01T10:15:30.123Z"}"""
                .formatted(contactId, version, fullName);
    }

    public static ProducerRecord<String, String> upserted(String contactId, String data) {
        return upserted(contactId, data, Instant.now());
    }

    /** @param time the CloudEvent time: when contacts-service recorded the change */
    static ProducerRecord<String, String> upserted(String contactId, String data, Instant time) {
        return new ProducerRecord<>(Topics.CONTACT_PROFILES, null, contactId, data,
                cloudEventHeaders(contactId, ContactProfileProjection.CONTACT_UPSERTED, time));
    }

    public static ProducerRecord<String, String> erased(String contactId) {
        return new ProducerRecord<>(Topics.CONTACT_PROFILES, null, contactId, null,
                cloudEventHeaders(contactId, CONTACT_ERASED, Instant.now()));
    }

    private static RecordHeaders cloudEventHeaders(String contactId, String type, Instant time) {
        return CloudEventHeaders.of(UUID.randomUUID().toString(), type, "urn:warmintro:contacts-service", contactId,
                time);
    }
}

package org.warmintro.referral.projection;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * The data of a {@code network.contact.upserted.v1} event as contacts-service publishes it: the whole card as it is
 * now. Fields are nullable here because the payload comes from outside; {@link #toProfile()} decides what is
 * required.
 *
 * @param otherFields the fields this service does not model yet; the topic grows additively, so they are kept
 */
record ContactSnapshot(String contactId, String memberId, Long version, String fullName, String email,
        Instant updatedAt, @JsonAnySetter Map<String, Object> otherFields) {

    /** @throws RejectedContactEvent when a field that identifies or orders the snapshot is missing */
    ContactProfile toProfile() {
        if (contactId == null || contactId.isBlank()) {
            throw new RejectedContactEvent("the snapshot has no contactId");
        }
        if (memberId == null || memberId.isBlank()) {
            throw new RejectedContactEvent("the snapshot of contact " + contactId + " has no memberId");
        }
        if (version == null) {
            throw new RejectedContactEvent("the snapshot of contact " + contactId + " has no version");
        }
        return new ContactProfile(contactId, memberId, version, fullName, email, updatedAt,
                otherFields == null ? Map.of() : otherFields);
    }
}

package org.warmintro.referral.projection;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This service's copy of a contact card, as of the latest snapshot it applied.
 *
 * @param version     the snapshot's version; only a greater one replaces this copy
 * @param updatedAt   when the card last changed in contacts-service, to the millisecond (MongoDB's date precision)
 * @param otherFields the snapshot's fields this service does not model yet, so that a later release can use them
 *                    without replaying the topic
 */
public record ContactProfile(String contactId, String memberId, long version, String fullName, String email,
        Instant updatedAt, Map<String, Object> otherFields) {

    public ContactProfile {
        // a snapshot field may be null, which Map.copyOf refuses
        otherFields = Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }

    /** The snapshot's fields that matching reads, typed. */
    public ContactCard card() {
        return ContactCard.of(otherFields);
    }
}

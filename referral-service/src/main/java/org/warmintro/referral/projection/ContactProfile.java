package org.warmintro.referral.projection;

import java.time.Instant;

import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.contracts.network.SeekingStatus;

/**
 * This service's copy of a contact card: the latest snapshot ({@code network.contact.upserted.v1}) it applied, as the
 * record of the contracts.
 */
public record ContactProfile(ContactUpserted card) {

    public String contactId() {
        return card.contactId();
    }

    /** The member whose network holds the card. */
    public String memberId() {
        return card.memberId();
    }

    /** Only a snapshot of a greater version replaces this copy. */
    public long version() {
        return card.version();
    }

    public String fullName() {
        return card.fullName();
    }

    public String email() {
        return card.email();
    }

    /** When the card last changed in contacts-service, to the millisecond (MongoDB's date precision). */
    public Instant updatedAt() {
        return card.updatedAt();
    }

    /** An active seeking profile with a self-introduction is the person's consent to be introduced. */
    public boolean activelySeeking() {
        ContactUpserted.Seeking seeking = card.seeking();
        return seeking != null && seeking.status() == SeekingStatus.ACTIVE && !seeking.selfIntroduction().isBlank();
    }
}

package org.warmintro.referral.matching;

import java.time.Instant;

/**
 * The connector's relationship with a contact, as the contact card holds it.
 *
 * @param strength          the strength the member rated at the last interaction, 1 to 5; null when never rated.
 *                          The matcher fades it by the time since {@code lastInteractionAt} itself, at match time.
 * @param lastInteractionAt null when no interaction was recorded
 * @param valueGiven        times the member helped this person
 * @param valueReceived     times this person helped the member
 */
public record Relationship(Double strength, Instant lastInteractionAt, int valueGiven, int valueReceived) {

    public Relationship {
        if (strength != null && (strength < 1 || strength > 5)) {
            throw new IllegalArgumentException("a relationship strength is between 1 and 5, not " + strength);
        }
        if (valueGiven < 0 || valueReceived < 0) {
            throw new IllegalArgumentException("value given and received are counts, never negative");
        }
    }

    public static Relationship unknown() {
        return new Relationship(null, null, 0, 0);
    }
}

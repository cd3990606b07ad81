package org.warmintro.referral.projection;

/**
 * A change to one member's network, as {@code referral.member-changes.v1} carries it under the member's id: the ids
 * of what changed, never a profile, so that the topic holds nothing an erasure would have to reach.
 *
 * @param contactId the contact concerned; null for {@link Kind#INTROS}
 * @param version   the profile version stored for {@link Kind#PROFILE}; 0 otherwise
 */
public record MemberChange(Kind kind, String contactId, long version) {

    public enum Kind {
        /** A newer profile of the contact is stored in {@code contact_profiles}. */
        PROFILE,
        /** The contact was erased. */
        ERASED,
        /** An intro of the member changed: whom to exclude and how much of each target's cap is used. */
        INTROS
    }

    public static MemberChange profile(String contactId, long version) {
        return new MemberChange(Kind.PROFILE, contactId, version);
    }

    public static MemberChange erased(String contactId) {
        return new MemberChange(Kind.ERASED, contactId, 0);
    }

    public static MemberChange intros() {
        return new MemberChange(Kind.INTROS, null, 0);
    }
}

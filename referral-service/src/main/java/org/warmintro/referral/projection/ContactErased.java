package org.warmintro.referral.projection;

/**
 * Fired after a person's profile was erased here (a tombstone): every feature erases what it holds of them too.
 *
 * @param memberId the member whose network held the person, null when this service never had their profile
 */
public record ContactErased(String contactId, String memberId) {
}

package org.warmintro.referral.projection;

/** Fired after a newer snapshot of a contact was stored, for the features that keep state derived from profiles. */
public record ContactProfileChanged(ContactProfile profile) {
}

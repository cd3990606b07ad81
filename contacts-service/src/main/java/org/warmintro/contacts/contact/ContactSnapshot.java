package org.warmintro.contacts.contact;

import org.warmintro.contacts.profile.HiringProfile;
import org.warmintro.contacts.profile.OpenRole;
import org.warmintro.contacts.profile.SeekingProfile;
import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.contracts.network.SeekingStatus;

/**
 * Makes the data of a {@code network.contact.upserted.v1} event, the contract's {@link ContactUpserted}: the whole card
 * as it is now (event-carried state transfer), so that a consumer never needs to call back. Notes and the interaction
 * log stay private to this service; what they mean for the relationship is in {@code relationship}.
 */
final class ContactSnapshot {

    private ContactSnapshot() {
    }

    static ContactUpserted of(ContactView card, String memberId) {
        return new ContactUpserted(card.id().toString(), memberId, card.version(), card.fullName(), card.givenName(),
                card.email(), card.profileUrl(), card.headline(), card.company(), card.title(),
                seniority(card.seniority()), card.field(), card.skills(), card.location(), card.timezone(),
                card.locale(), card.tags(), relationship(card.relationship()), consent(card.consent()),
                seeking(card.seeking()), hiring(card.hiring()), card.updatedAt());
    }

    private static ContactUpserted.Relationship relationship(ContactView.RelationshipView relationship) {
        return new ContactUpserted.Relationship(relationship.strength(), relationship.currentStrength(),
                relationship.howWeMet(), relationship.lastInteractionAt(), relationship.valueGiven(),
                relationship.valueReceived());
    }

    private static ContactUpserted.Consent consent(ContactView.ConsentView consent) {
        return new ContactUpserted.Consent(consent.introductionsAllowed(), consent.maxIntroductionsPer30Days());
    }

    private static ContactUpserted.Seeking seeking(SeekingProfile seeking) {
        return seeking == null ? null
                : new ContactUpserted.Seeking(seeking.selfIntroduction(), seeking.targetRoles(), seeking.skills(),
                        seeking.locations(), seeking.remote(), seeking.offers(),
                        SeekingStatus.valueOf(seeking.status().name()));
    }

    private static ContactUpserted.Hiring hiring(HiringProfile hiring) {
        return hiring == null ? null
                : new ContactUpserted.Hiring(hiring.openRoles().stream().map(ContactSnapshot::openRole).toList(),
                        hiring.hiringInfluence());
    }

    private static ContactUpserted.OpenRole openRole(OpenRole role) {
        return new ContactUpserted.OpenRole(role.title(), role.skills(), seniority(role.seniority()), role.location(),
                role.remote());
    }

    private static org.warmintro.contracts.network.Seniority seniority(Seniority seniority) {
        return seniority == null ? null : org.warmintro.contracts.network.Seniority.valueOf(seniority.name());
    }
}

package org.warmintro.referral.matches;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.contracts.network.SeekingStatus;
import org.warmintro.referral.matching.HiringContact;
import org.warmintro.referral.matching.HiringNetwork;
import org.warmintro.referral.matching.IntroductionConsent;
import org.warmintro.referral.matching.OpenRole;
import org.warmintro.referral.matching.Relationship;
import org.warmintro.referral.matching.Seeker;
import org.warmintro.referral.matching.Seniority;
import org.warmintro.referral.projection.ContactProfile;

/** Turns a stored contact card into what the matcher takes: a {@link Seeker}, a {@link HiringContact}. */
final class ProfileConversion {

    private ProfileConversion() {
    }

    /** The seeker, when the card has a seeking profile with status ACTIVE; a paused or placed seeker is not matched. */
    static Optional<Seeker> seeker(ContactProfile profile) {
        ContactUpserted card = profile.card();
        if (card.seeking() == null || card.seeking().status() != SeekingStatus.ACTIVE) {
            return Optional.empty();
        }
        ContactUpserted.Seeking seeking = card.seeking();
        return Optional.of(new Seeker(profile.contactId(), card.company(), card.field(), seniority(card.seniority()),
                skillsOf(card), seeking.targetRoles(), seeking.locations(), seeking.remote(),
                relationship(card.relationship())));
    }

    /**
     * The contact as a hiring contact; without open roles when the card has no hiring profile, which
     * {@link HiringNetwork} then leaves out.
     *
     * @param introductionsLast30Days the opt-in requests the intro workflow sent this person in the last 30 days
     */
    static HiringContact hiringContact(ContactProfile profile, int introductionsLast30Days) {
        ContactUpserted card = profile.card();
        List<OpenRole> roles = card.hiring() == null ? List.of() : card.hiring().openRoles().stream()
                .map(role -> new OpenRole(role.title(), Set.copyOf(role.skills()), seniority(role.seniority()),
                        role.location(), role.remote()))
                .toList();
        return new HiringContact(profile.contactId(), card.company(), card.field(), seniority(card.seniority()),
                card.location(), card.hiring() != null && card.hiring().hiringInfluence(),
                relationship(card.relationship()),
                new IntroductionConsent(card.consent().introductionsAllowed(),
                        card.consent().maxIntroductionsPer30Days(), introductionsLast30Days),
                roles);
    }

    /** The skills a person lists: those of the card and of the seeking profile, for the network's skill rarity. */
    static Set<String> skillsOf(ContactUpserted card) {
        Set<String> skills = new LinkedHashSet<>(card.skills());
        if (card.seeking() != null) {
            skills.addAll(card.seeking().skills());
        }
        return skills;
    }

    private static Relationship relationship(ContactUpserted.Relationship relationship) {
        Integer strength = relationship.strength();
        boolean rated = strength != null && strength >= 1 && strength <= 5;
        return new Relationship(rated ? strength.doubleValue() : null, relationship.lastInteractionAt(),
                relationship.valueGiven(), relationship.valueReceived());
    }

    private static Seniority seniority(org.warmintro.contracts.network.Seniority level) {
        return level == null ? null : Seniority.valueOf(level.name());
    }
}

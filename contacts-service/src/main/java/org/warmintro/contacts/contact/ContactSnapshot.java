package org.warmintro.contacts.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.warmintro.contacts.profile.HiringProfile;
import org.warmintro.contacts.profile.SeekingProfile;

/**
 * The data of a {@code network.contact.upserted.v1} event: the whole card as it is now (event-carried state
 * transfer), so that a consumer never needs to call back. Notes and the interaction log stay private to this service;
 * what they mean for the relationship is in {@code relationship}.
 */
public record ContactSnapshot(
        UUID contactId,
        String memberId,
        long version,
        String fullName,
        String givenName,
        String email,
        String profileUrl,
        String headline,
        String company,
        String title,
        Seniority seniority,
        String field,
        List<String> skills,
        String location,
        String timezone,
        String locale,
        List<String> tags,
        ContactView.RelationshipView relationship,
        ContactView.ConsentView consent,
        SeekingProfile seeking,
        HiringProfile hiring,
        Instant updatedAt) {

    static ContactSnapshot of(ContactView card, String memberId) {
        return new ContactSnapshot(card.id(), memberId, card.version(), card.fullName(), card.givenName(),
                card.email(),
                card.profileUrl(), card.headline(), card.company(), card.title(), card.seniority(), card.field(),
                card.skills(), card.location(), card.timezone(), card.locale(), card.tags(), card.relationship(),
                card.consent(), card.seeking(), card.hiring(), card.updatedAt());
    }
}

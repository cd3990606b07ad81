package org.warmintro.contacts.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.contacts.profile.HiringProfile;
import org.warmintro.contacts.profile.SeekingProfile;

/** A contact card as the API answers it. */
@Schema(name = "Contact")
public record ContactView(
        UUID id,
        String fullName,
        @Schema(description = "The name to greet the person by; null when the card does not say", example = "Annie")
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
        RelationshipView relationship,
        ConsentView consent,
        SeekingProfile seeking,
        HiringProfile hiring,
        @Schema(description = "Grows with every change; the ETag of the card", example = "3") long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "Relationship")
    public record RelationshipView(
            @Schema(description = "How close the member felt at the last interaction, 1 to 5", example = "4") Integer strength,
            @Schema(description = "The strength faded by the time since the last interaction", example = "3.6")
            Double currentStrength,
            String howWeMet,
            Instant lastInteractionAt,
            @Schema(description = "Times the member helped this person", example = "1") int valueGiven,
            @Schema(description = "Times this person helped the member", example = "2") int valueReceived) {
    }

    @Schema(name = "Consent")
    public record ConsentView(boolean introductionsAllowed, int maxIntroductionsPer30Days) {
    }
}

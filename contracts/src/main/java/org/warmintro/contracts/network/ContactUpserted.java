package org.warmintro.contracts.network;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code network.contact.upserted.v1}: the whole card of a contact after a change (event-carried state
 * transfer). Notes and the interaction log stay private to contacts-service; their effect is in {@code relationship}.
 *
 * @param contactId the key of the record, as text like the key
 * @param version   grows with every change of the card; apply a snapshot only if it is newer than the one held. Not
 *                  a primitive, so that a snapshot without one is refused rather than read as version 0
 * @param givenName the name to greet the person by; null when the card does not say
 * @param timezone  an IANA time zone, e.g. Europe/Brussels
 * @param locale    a language tag, e.g. en or fr-BE
 * @param skills    normalised: trimmed, lower case, abbreviations spelled out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactUpserted(
        String contactId,
        String memberId,
        Long version,
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
        Relationship relationship,
        Consent consent,
        Seeking seeking,
        Hiring hiring,
        Instant updatedAt) {

    public ContactUpserted {
        Objects.requireNonNull(contactId, "no contactId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(version, "no version");
        Objects.requireNonNull(fullName, "no fullName");
        Objects.requireNonNull(skills, "no skills");
        Objects.requireNonNull(tags, "no tags");
        Objects.requireNonNull(relationship, "no relationship");
        Objects.requireNonNull(consent, "no consent");
        Objects.requireNonNull(updatedAt, "no updatedAt");
    }

    /**
     * @param strength        as rated by the member at the last interaction, 1 to 5
     * @param currentStrength the strength faded by the time since the last interaction, when the snapshot was taken
     * @param valueGiven      times the member helped this person
     * @param valueReceived   times this person helped the member
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Relationship(Integer strength, Double currentStrength, String howWeMet, Instant lastInteractionAt,
            int valueGiven, int valueReceived) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Consent(boolean introductionsAllowed, int maxIntroductionsPer30Days) {
    }

    /** What a job seeker is looking for; an active profile is their consent to be introduced. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seeking(String selfIntroduction, List<String> targetRoles, List<String> skills,
            List<String> locations, boolean remote, String offers, SeekingStatus status) {

        public Seeking {
            Objects.requireNonNull(selfIntroduction, "no seeking.selfIntroduction");
            Objects.requireNonNull(targetRoles, "no seeking.targetRoles");
            Objects.requireNonNull(skills, "no seeking.skills");
            Objects.requireNonNull(locations, "no seeking.locations");
            Objects.requireNonNull(status, "no seeking.status");
        }
    }

    /** @param hiringInfluence this person decides or strongly influences who is hired */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hiring(List<OpenRole> openRoles, boolean hiringInfluence) {

        public Hiring {
            Objects.requireNonNull(openRoles, "no hiring.openRoles");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenRole(String title, List<String> skills, Seniority seniority, String location, boolean remote) {

        public OpenRole {
            Objects.requireNonNull(title, "no openRole.title");
            Objects.requireNonNull(skills, "no openRole.skills");
        }
    }
}

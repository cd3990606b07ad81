package org.warmintro.referral.projection;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The typed parts of a stored snapshot ({@code network.contact.upserted.v1}) that matching reads, taken from
 * {@link ContactProfile#otherFields()}. The same code reads a snapshot fresh from Kafka (Jackson maps and lists) and
 * one loaded from MongoDB (BSON documents), since both are maps.
 *
 * <p>Lenient on purpose: the projection already stored the snapshot, so a field that is missing or of another type
 * reads as absent (no seeking profile, no open roles, introductions not allowed) instead of failing the record.
 *
 * @param seniority one of the schema's levels, or null
 * @param seeking   null when the contact does not seek
 * @param hiring    null when the contact does not hire
 */
public record ContactCard(String company, String field, String seniority, List<String> skills, String location,
        Relationship relationship, Consent consent, Seeking seeking, Hiring hiring) {

    /** As the member rated and recorded it; the strength is the rated one, not the faded {@code currentStrength}. */
    public record Relationship(Integer strength, Instant lastInteractionAt, int valueGiven, int valueReceived) {
    }

    /** No consent on the card means no introductions. */
    public record Consent(boolean introductionsAllowed, int maxIntroductionsPer30Days) {
    }

    /** @param status ACTIVE, PAUSED or PLACED */
    public record Seeking(String selfIntroduction, List<String> targetRoles, List<String> skills,
            List<String> locations, boolean remote, String offers, String status) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    public record Hiring(List<OpenRole> openRoles, boolean hiringInfluence) {
    }

    public record OpenRole(String title, List<String> skills, String seniority, String location, boolean remote) {
    }

    static ContactCard of(Map<String, Object> fields) {
        Map<String, Object> seeking = map(fields.get("seeking"));
        Map<String, Object> hiring = map(fields.get("hiring"));
        return new ContactCard(text(fields.get("company")), text(fields.get("field")), text(fields.get("seniority")),
                texts(fields.get("skills")), text(fields.get("location")),
                relationship(map(fields.get("relationship"))), consent(map(fields.get("consent"))),
                seeking == null ? null : seeking(seeking), hiring == null ? null : hiring(hiring));
    }

    private static Relationship relationship(Map<String, Object> relationship) {
        if (relationship == null) {
            return new Relationship(null, null, 0, 0);
        }
        Number strength = number(relationship.get("strength"));
        return new Relationship(strength == null ? null : strength.intValue(),
                instant(relationship.get("lastInteractionAt")), count(relationship.get("valueGiven")),
                count(relationship.get("valueReceived")));
    }

    private static Consent consent(Map<String, Object> consent) {
        if (consent == null) {
            return new Consent(false, 0);
        }
        return new Consent(Boolean.TRUE.equals(consent.get("introductionsAllowed")),
                count(consent.get("maxIntroductionsPer30Days")));
    }

    private static Seeking seeking(Map<String, Object> seeking) {
        return new Seeking(text(seeking.get("selfIntroduction")), texts(seeking.get("targetRoles")),
                texts(seeking.get("skills")), texts(seeking.get("locations")),
                Boolean.TRUE.equals(seeking.get("remote")), text(seeking.get("offers")), text(seeking.get("status")));
    }

    private static Hiring hiring(Map<String, Object> hiring) {
        List<OpenRole> roles = hiring.get("openRoles") instanceof Collection<?> openRoles
                ? openRoles.stream().map(ContactCard::map)
                        .filter(role -> role != null && text(role.get("title")) != null)
                        .map(role -> new OpenRole(text(role.get("title")), texts(role.get("skills")),
                                text(role.get("seniority")), text(role.get("location")),
                                Boolean.TRUE.equals(role.get("remote"))))
                        .toList()
                : List.of();
        return new Hiring(roles, Boolean.TRUE.equals(hiring.get("hiringInfluence")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    private static List<String> texts(Object value) {
        return value instanceof Collection<?> values
                ? values.stream().map(ContactCard::text).filter(text -> text != null).toList()
                : List.of();
    }

    private static Number number(Object value) {
        return value instanceof Number number ? number : null;
    }

    private static int count(Object value) {
        Number number = number(value);
        return number == null ? 0 : Math.max(0, number.intValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        try {
            return value instanceof String text ? Instant.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

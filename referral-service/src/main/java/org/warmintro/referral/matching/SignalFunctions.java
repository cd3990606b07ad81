package org.warmintro.referral.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.warmintro.referral.vocabulary.Relatedness;

/** Each signal of {@link Signals} as a pure function of its inputs, between 0 and 1. */
final class SignalFunctions {

    /** A role is not found only where it is advertised: a remote one suits a seeker who did not ask for remote. */
    static final double REMOTE_ROLE_FOR_ON_SITE_SEEKER = 0.7;
    /** Neither the seeker's wishes nor the role's place are known: neither a reason for nor against. */
    static final double LOCATION_UNKNOWN = 0.5;
    static final double SENIORITY_UNKNOWN = 0.5;
    static final double SAME_OCCUPATIONAL_GROUP = 0.5;
    private static final double FADED_RELATIONSHIP_FLOOR = 0.25;
    private static final double INFLUENCE_SHARE = 0.6;

    private SignalFunctions() {
    }

    /**
     * The share of the role's skills the seeker has, each skill weighted by its rarity, so that sharing a rare skill
     * counts more than sharing one everybody has.
     */
    static double skillOverlap(Set<String> seekerSkills, String[] roleSkills, double[] roleSkillRarity,
            double roleRarityTotal) {
        if (roleSkills.length == 0) {
            return 0;
        }
        double shared = 0;
        for (int i = 0; i < roleSkills.length; i++) {
            if (seekerSkills.contains(roleSkills[i])) {
                shared += roleSkillRarity[i];
            }
        }
        return shared / roleRarityTotal;
    }

    /** What a title fit is worth for each degree of relatedness between the occupations. */
    static double titleFit(Relatedness relatedness) {
        return switch (relatedness) {
            case SAME -> 1.0;
            case PRIMARY_SHORT -> 0.7;
            case PRIMARY_LONG -> 0.45;
            case SUPPLEMENTAL -> 0.2;
            case UNRELATED -> 0;
        };
    }

    /** @param seekerField and {@code roleField}: as {@link #key(String)} makes them, null when unknown */
    static double fieldFit(String seekerField, String roleField, boolean sameOccupationalGroup) {
        if (seekerField != null && seekerField.equals(roleField)) {
            return 1;
        }
        return sameOccupationalGroup ? SAME_OCCUPATIONAL_GROUP : 0;
    }

    /** @param seekerLocations and {@code roleLocation}: as {@link #locationKey(String)} makes them */
    static double locationFit(Set<String> seekerLocations, boolean seekerWantsRemote, String roleLocation,
            boolean roleIsRemote) {
        if (roleIsRemote && seekerWantsRemote) {
            return 1;
        }
        if (roleLocation != null && seekerLocations.contains(roleLocation)) {
            return 1;
        }
        if (roleIsRemote) {
            return REMOTE_ROLE_FOR_ON_SITE_SEEKER;
        }
        if (seekerLocations.isEmpty() && !seekerWantsRemote || roleLocation == null) {
            return LOCATION_UNKNOWN;
        }
        return 0;
    }

    /** Best at the seeker's level; a step up is a natural move, a step down less so. */
    static double seniorityFit(Seniority seeker, Seniority role) {
        if (seeker == null || role == null) {
            return SENIORITY_UNKNOWN;
        }
        return switch (role.ordinal() - seeker.ordinal()) {
            case 0 -> 1.0;
            case 1 -> 0.8;
            case -1 -> 0.6;
            case 2, -2 -> 0.3;
            default -> 0;
        };
    }

    /** Mostly whether the hiring contact has a say in hiring, the rest how senior they are. */
    static double influence(boolean hiringInfluence, Seniority seniority) {
        double byRole = hiringInfluence ? INFLUENCE_SHARE : 0;
        double bySeniority = seniority == null ? 0 : (1 - INFLUENCE_SHARE) * seniority.rank();
        return byRole + bySeniority;
    }

    /**
     * The rated strength out of 5, halved for every {@code halfLife} since the last interaction, never below a
     * quarter of it; a quarter too when the last interaction is unknown. 0 when never rated.
     */
    static double relationshipStrength(Relationship relationship, Instant now, Duration halfLife) {
        if (relationship.strength() == null) {
            return 0;
        }
        double faded = FADED_RELATIONSHIP_FLOOR;
        if (relationship.lastInteractionAt() != null) {
            double halfLives = (double) Math.max(0, Duration.between(relationship.lastInteractionAt(), now).toMillis())
                    / halfLife.toMillis();
            faded = Math.max(FADED_RELATIONSHIP_FLOOR, Math.pow(0.5, halfLives));
        }
        return relationship.strength() / 5 * faded;
    }

    /**
     * Above 0.5 when the seeker helped the connector more often than the other way round, 0.5 when even or unknown;
     * smoothed so that one favour does not swing it to an extreme.
     */
    static double balance(Relationship seekerRelationship) {
        return (seekerRelationship.valueReceived() + 1.0)
                / (seekerRelationship.valueReceived() + seekerRelationship.valueGiven() + 2.0);
    }

    /** A company or field for comparison: trimmed, lower case; null when blank. */
    static String key(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A place for comparison: its first part, so that "Brussels, Belgium" is Brussels. */
    static String locationKey(String location) {
        String key = key(location);
        if (key == null) {
            return null;
        }
        int comma = key.indexOf(',');
        return comma < 0 ? key : key.substring(0, comma).strip();
    }
}

package org.warmintro.referral.intro;

import java.util.Map;

import org.warmintro.referral.projection.ContactProfile;

/** What the intro workflow reads of a stored profile's snapshot: the seeking profile and the consent. */
record ProfileFacts(boolean activelySeeking, String selfIntroduction, String offers, boolean introductionsAllowed,
        int maxIntroductionsPer30Days) {

    static ProfileFacts of(ContactProfile profile) {
        Map<?, ?> seeking = map(profile.otherFields().get("seeking"));
        Map<?, ?> consent = map(profile.otherFields().get("consent"));
        String selfIntroduction = text(seeking.get("selfIntroduction"));
        boolean active = "ACTIVE".equals(seeking.get("status")) && selfIntroduction != null
                && !selfIntroduction.isBlank();
        Object cap = consent.get("maxIntroductionsPer30Days");
        return new ProfileFacts(active, selfIntroduction, text(seeking.get("offers")),
                Boolean.TRUE.equals(consent.get("introductionsAllowed")),
                cap instanceof Number number ? number.intValue() : 0);
    }

    static String text(Object value) {
        return value instanceof String string ? string : null;
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }
}

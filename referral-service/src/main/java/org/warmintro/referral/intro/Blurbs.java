package org.warmintro.referral.intro;

/** The seeker's forwardable introduction, in their own words first, then what they offer ("offer value first"). */
final class Blurbs {

    /** What an intro's blurb becomes when the seeker is erased; the events require a non-empty blurb. */
    static final String ERASED = "(erased)";

    private Blurbs() {
    }

    static String of(String seekerName, String selfIntroduction, String offers) {
        StringBuilder blurb = new StringBuilder(seekerName).append(": ").append(selfIntroduction.strip());
        if (offers != null && !offers.isBlank()) {
            blurb.append("\n\nWhat ").append(seekerName).append(" offers: ").append(offers.strip());
        }
        return blurb.toString();
    }
}

package org.warmintro.referral.matching;

/**
 * What a hiring contact agreed to be asked, and how much of it was used.
 *
 * @param introductionsLast30Days introductions proposed to this person in the last 30 days, counted by the intro
 *                                workflow
 */
public record IntroductionConsent(boolean introductionsAllowed, int maxIntroductionsPer30Days,
        int introductionsLast30Days) {

    /** Whether one more introduction may be proposed now. */
    public boolean allowsAnother() {
        return introductionsAllowed && introductionsLast30Days < maxIntroductionsPer30Days;
    }
}

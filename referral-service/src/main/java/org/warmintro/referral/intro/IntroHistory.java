package org.warmintro.referral.intro;

import java.time.Instant;
import java.util.Map;

import org.warmintro.referral.matching.Exclusions;

/** What the intro workflow tells matching: whom not to suggest again, and how much of each target's cap is used. */
public interface IntroHistory {

    /**
     * The seeker and target pairs of the member's network that must not be suggested at {@code now}: an intro is
     * under way or happened, or the target declined and the pair is still resting.
     */
    Exclusions exclusions(String memberId, Instant now);

    /** By target contact id: the opt-in requests each target of the member received in the 30 days before now. */
    Map<String, Integer> requestsInLast30Days(String memberId, Instant now);
}

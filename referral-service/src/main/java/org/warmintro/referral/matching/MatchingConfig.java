package org.warmintro.referral.matching;

import java.time.Duration;

/**
 * @param relationshipHalfLife after this long without an interaction, a relationship counts half as much; it never
 *                             drops below a quarter, since an old friend can still be written to
 */
public record MatchingConfig(Weights weights, DiversityPolicy diversity, Duration relationshipHalfLife) {

    public static final MatchingConfig DEFAULTS = new MatchingConfig(Weights.DEFAULTS, DiversityPolicy.DEFAULTS,
            Duration.ofDays(90));

    public MatchingConfig {
        if (relationshipHalfLife.isNegative() || relationshipHalfLife.isZero()) {
            throw new IllegalArgumentException("the relationship half-life must be positive");
        }
    }
}

package org.warmintro.referral.vocabulary;

/**
 * An occupation a job title may stand for.
 *
 * @param confidence 1 for an exact title match, lower for a partial one (the cosine of their weighted words)
 */
public record OccupationMatch(Occupation occupation, double confidence) {
}

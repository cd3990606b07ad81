package org.warmintro.referral.matching;

/**
 * How many of the top matches one company, and one field, may take before lower-scored matches elsewhere go ahead
 * of them: so that a list is not one employer's or one industry's (the story's "cognitive silo").
 */
public record DiversityPolicy(int maxPerCompany, int maxPerField) {

    public static final DiversityPolicy DEFAULTS = new DiversityPolicy(2, 4);

    public DiversityPolicy {
        if (maxPerCompany < 1 || maxPerField < 1) {
            throw new IllegalArgumentException("diversity caps are at least 1");
        }
    }
}

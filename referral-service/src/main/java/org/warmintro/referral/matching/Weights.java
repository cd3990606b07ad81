package org.warmintro.referral.matching;

/**
 * How much each signal of {@link Signals} counts in a match's score. Only their proportions matter: the score is
 * the weighted mean.
 */
public record Weights(double skills, double title, double field, double location, double seniority,
        double influence, double targetRelationship, double seekerRelationship, double balance) {

    /** Relevance first (skills, title), then reach (influence, relationships), then the seeker's manners. */
    public static final Weights DEFAULTS = new Weights(0.30, 0.25, 0.08, 0.10, 0.07, 0.08, 0.07, 0.03, 0.02);

    public Weights {
        double[] all = { skills, title, field, location, seniority, influence, targetRelationship, seekerRelationship,
                balance };
        double total = 0;
        for (double weight : all) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a matching weight is a finite number of at least 0, not " + weight);
            }
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("at least one matching weight must be above 0");
        }
    }

    double total() {
        return skills + title + field + location + seniority + influence + targetRelationship + seekerRelationship
                + balance;
    }
}

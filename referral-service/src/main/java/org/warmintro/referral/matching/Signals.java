package org.warmintro.referral.matching;

/**
 * The value of each signal for one seeker and one open role, each between 0 and 1.
 *
 * @param skills             the share of the role's skills the seeker has, each weighted by its rarity in the network
 * @param title              how close the role's occupation is to the occupation of one of the seeker's target roles
 * @param field              1 for the seeker's declared field, 0.5 for the same occupational group, else 0
 * @param location           where the role is against where, or whether remotely, the seeker wants to work
 * @param seniority          the role's level against the seeker's: best at the same level or one step up
 * @param influence          the hiring contact's say in hiring and how senior they are ("with influence")
 * @param targetRelationship the connector's relationship with the hiring contact, faded since they last spoke
 * @param seekerRelationship the connector's relationship with the seeker, faded the same way
 * @param balance            whether the seeker gave the connector value before asking ("offer value first")
 */
public record Signals(double skills, double title, double field, double location, double seniority,
        double influence, double targetRelationship, double seekerRelationship, double balance) {

    /** The weighted mean of the signals: between 0 and 1. */
    public double score(Weights weights) {
        double weighted = weights.skills() * skills + weights.title() * title + weights.field() * field
                + weights.location() * location + weights.seniority() * seniority + weights.influence() * influence
                + weights.targetRelationship() * targetRelationship
                + weights.seekerRelationship() * seekerRelationship + weights.balance() * balance;
        return weighted / weights.total();
    }
}

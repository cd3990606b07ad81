package org.warmintro.referral.matching;

import java.util.List;

/**
 * A seeker and a hiring contact, under the contact's open role that fits the seeker best: the score, what it is made
 * of, and why in words.
 *
 * @param roleTitle    the best-fitting role; the signals and reasons are about it
 * @param score        the weighted mean of the signals, between 0 and 1
 * @param otherRoles   the contact's other roles that fit the seeker, best first; empty when there are none
 * @param reasons      sentences for the connector, strongest evidence first
 * @param forDiversity whether this match is in the list ahead of higher-scored ones so that one company or field
 *                     does not fill it
 */
public record Match(String seekerId, String targetId, String roleTitle, double score, List<OtherRole> otherRoles,
        Signals signals, List<String> reasons, boolean forDiversity) {

    public Match {
        otherRoles = List.copyOf(otherRoles);
        reasons = List.copyOf(reasons);
    }
}

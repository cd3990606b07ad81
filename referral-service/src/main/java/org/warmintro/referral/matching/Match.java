package org.warmintro.referral.matching;

import java.util.List;

/**
 * A seeker, a hiring contact and one of their open roles: the score, what it is made of, and why in words.
 *
 * @param score        the weighted mean of the signals, between 0 and 1
 * @param reasons      sentences for the connector, strongest evidence first
 * @param forDiversity whether this match is in the list ahead of higher-scored ones so that one company or field
 *                     does not fill it
 */
public record Match(String seekerId, String targetId, String roleTitle, double score, Signals signals,
        List<String> reasons, boolean forDiversity) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}

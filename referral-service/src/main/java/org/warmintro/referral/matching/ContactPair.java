package org.warmintro.referral.matching;

/** A seeker and a hiring contact, in that order. */
public record ContactPair(String seekerId, String targetId) {
}

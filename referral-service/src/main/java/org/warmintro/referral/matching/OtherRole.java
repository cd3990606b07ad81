package org.warmintro.referral.matching;

/** Another open role of a match's hiring contact that fits the seeker too, with its own score. */
public record OtherRole(String title, double score) {
}

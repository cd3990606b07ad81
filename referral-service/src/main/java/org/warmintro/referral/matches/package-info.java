/**
 * The matches of each seeker, kept up to date from the profile projection and the intro workflow, stored in MongoDB
 * and served: the service around the plain-Java engine of {@link org.warmintro.referral.matching}.
 * {@link org.warmintro.referral.matches.MatchingProducer} makes the engine's beans from
 * {@link org.warmintro.referral.matches.MatchingSettings}.
 */
package org.warmintro.referral.matches;

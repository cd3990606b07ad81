/**
 * Explainable matching of seekers to the open roles of hiring contacts in the same network: pure Java, no I/O, so
 * that it is fast and testable on its own. {@link org.warmintro.referral.matching.Matcher} ranks,
 * {@link org.warmintro.referral.matching.HiringNetwork} holds what can be computed before a seeker asks, and
 * {@link org.warmintro.referral.matching.MatchingProducer} is the only part that knows about CDI and configuration.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
package org.warmintro.referral.matching;

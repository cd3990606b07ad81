/**
 * Explainable matching of seekers to the open roles of hiring contacts in the same network: plain Java, no I/O and no
 * CDI, Quarkus, REST or MongoDB, so that it is fast and testable on its own and the matching benchmark runs it without
 * the service's stack. {@link org.warmintro.referral.matching.Matcher} ranks and
 * {@link org.warmintro.referral.matching.HiringNetwork} holds what can be computed before a seeker asks. The service
 * around the engine (the matches kept up to date, stored and served) is {@link org.warmintro.referral.matches}.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
package org.warmintro.referral.matching;

/**
 * The occupational vocabulary of O*NET: job titles as people write them resolved to occupations, the experts'
 * judgement of which occupations are related, and the technologies each occupation uses.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license. The files are in {@code /onet} on the class
 * path, with their README.
 */
package org.warmintro.referral.vocabulary;

package org.warmintro.referral.matching;

import java.util.List;

/**
 * A contact with a hiring profile, as the matcher needs it.
 *
 * @param company   null when unknown
 * @param field     null when unknown
 * @param seniority null when unknown
 * @param location  null when unknown
 */
public record HiringContact(String contactId, String company, String field, Seniority seniority, String location,
        boolean hiringInfluence, Relationship relationship, IntroductionConsent consent, List<OpenRole> openRoles) {

    public HiringContact {
        openRoles = List.copyOf(openRoles);
    }
}

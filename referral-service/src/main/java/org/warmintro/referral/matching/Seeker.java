package org.warmintro.referral.matching;

import java.util.List;
import java.util.Set;

/**
 * A contact with an active seeking profile, as the matcher needs it.
 *
 * @param company     where the seeker works now, null when nowhere or unknown; their own company is never suggested
 * @param skills      normalised, in lower case, as on the contact card
 * @param targetRoles job titles as the seeker wrote them
 * @param locations   where the seeker wants to work; empty when they did not say
 * @param remote      whether the seeker wants remote work
 */
public record Seeker(String contactId, String company, String field, Seniority seniority, Set<String> skills,
        List<String> targetRoles, List<String> locations, boolean remote, Relationship relationship) {

    public Seeker {
        skills = Set.copyOf(skills);
        targetRoles = List.copyOf(targetRoles);
        locations = List.copyOf(locations);
    }
}

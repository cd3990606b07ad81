package org.warmintro.referral.matching;

import java.util.Set;

/**
 * A role a hiring contact is hiring for.
 *
 * @param skills    normalised, in lower case, as on the contact card
 * @param seniority null when not stated
 * @param location  null when not stated; the hiring contact's own location stands in for it then
 */
public record OpenRole(String title, Set<String> skills, Seniority seniority, String location, boolean remote) {

    public OpenRole {
        skills = Set.copyOf(skills);
    }
}

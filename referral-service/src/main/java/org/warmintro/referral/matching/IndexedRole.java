package org.warmintro.referral.matching;

import java.util.List;

import org.warmintro.referral.vocabulary.OccupationMatch;

/**
 * An open role with everything about it that does not depend on the seeker computed once: its skills' rarity, the
 * occupations its title stands for, the keys to compare company, field and place, the hiring contact's influence.
 *
 * @param roleIndex       the role's position in the hiring contact's list, which orders equal scores
 * @param skills          the role's skills, and {@code skillRarity} their rarity at the same positions
 * @param locationKey     the role's place, or the hiring contact's when the role does not say
 * @param majorGroups     the SOC major groups of {@code occupations}
 */
record IndexedRole(HiringContact contact, int roleIndex, OpenRole role, String[] skills, double[] skillRarity,
        double skillRarityTotal, List<OccupationMatch> occupations, List<String> majorGroups, String companyKey,
        String fieldKey, String locationKey, double influence) {

    String targetId() {
        return contact.contactId();
    }
}

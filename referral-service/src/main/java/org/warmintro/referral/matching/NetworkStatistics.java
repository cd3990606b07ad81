package org.warmintro.referral.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many contacts of a network list each skill, so that a skill everybody has ("microsoft excel") weighs little
 * and a rare one ("apache kafka") much. Computed over every contact of the network, not only the hiring ones: rarity
 * is about the people the connector knows.
 */
public final class NetworkStatistics {

    private final Map<String, Integer> contactsBySkill;
    private final int contactCount;

    private NetworkStatistics(Map<String, Integer> contactsBySkill, int contactCount) {
        this.contactsBySkill = contactsBySkill;
        this.contactCount = contactCount;
    }

    /** @param skillsOfEachContact one set of skills per contact of the network */
    public static NetworkStatistics of(Collection<? extends Collection<String>> skillsOfEachContact) {
        Map<String, Integer> contactsBySkill = new HashMap<>();
        for (Collection<String> skills : skillsOfEachContact) {
            skills.stream().distinct().forEach(skill -> contactsBySkill.merge(skill, 1, Integer::sum));
        }
        return new NetworkStatistics(Map.copyOf(contactsBySkill), skillsOfEachContact.size());
    }

    /**
     * The skill's inverse document frequency, smoothed so that it is at least 1 and a skill nobody in the network has
     * yet weighs the most.
     */
    public double rarity(String skill) {
        return 1 + Math.log((contactCount + 1.0) / (contactsBySkill.getOrDefault(skill, 0) + 1.0));
    }

    public int contactCount() {
        return contactCount;
    }
}

package org.warmintro.referral.matching;

import java.util.Set;

/**
 * The pairs not to suggest: already introduced, an intro pending, or declined and still resting. The intro workflow
 * knows which; the matcher only obeys.
 */
public record Exclusions(Set<ContactPair> pairs) {

    public Exclusions {
        pairs = Set.copyOf(pairs);
    }

    public static Exclusions none() {
        return new Exclusions(Set.of());
    }

    public boolean excludes(String seekerId, String targetId) {
        return pairs.contains(new ContactPair(seekerId, targetId));
    }
}

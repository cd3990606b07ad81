package org.warmintro.referral.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the top of a ranking so that no company takes more than {@link DiversityPolicy#maxPerCompany()} places and
 * no field more than {@link DiversityPolicy#maxPerField()}: a candidate over a cap is held back and the next one
 * goes ahead. Held-back candidates fill the list only when nothing else is left.
 */
final class DiversityReranker {

    /** A candidate in the final list; {@code heldBack} names the companies and fields that made room for it. */
    record Placed(Candidate candidate, int heldBackCount, List<String> heldBack) {

        boolean forDiversity() {
            return heldBackCount > 0;
        }
    }

    private DiversityReranker() {
    }

    static List<Placed> top(List<Candidate> ranked, int limit, DiversityPolicy policy) {
        List<Placed> placed = new ArrayList<>(limit);
        List<Candidate> heldBack = new ArrayList<>();
        Set<String> heldBackGroups = new LinkedHashSet<>();
        Map<String, Integer> perCompany = new HashMap<>();
        Map<String, Integer> perField = new HashMap<>();
        for (int i = 0; i < ranked.size() && placed.size() < limit; i++) {
            Candidate candidate = ranked.get(i);
            IndexedRole role = candidate.role();
            boolean companyFull = role.companyKey() != null
                    && perCompany.getOrDefault(role.companyKey(), 0) >= policy.maxPerCompany();
            boolean fieldFull = role.fieldKey() != null
                    && perField.getOrDefault(role.fieldKey(), 0) >= policy.maxPerField();
            if (companyFull || fieldFull) {
                heldBack.add(candidate);
                heldBackGroups.add(companyFull ? role.contact().company().strip() : role.contact().field().strip());
                continue;
            }
            placed.add(new Placed(candidate, heldBack.size(), List.copyOf(heldBackGroups)));
            if (role.companyKey() != null) {
                perCompany.merge(role.companyKey(), 1, Integer::sum);
            }
            if (role.fieldKey() != null) {
                perField.merge(role.fieldKey(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < heldBack.size() && placed.size() < limit; i++) {
            placed.add(new Placed(heldBack.get(i), 0, List.of()));
        }
        return placed;
    }
}

package org.warmintro.referral.matching;

import java.util.Comparator;
import java.util.List;

/**
 * A hiring contact who passed the filters for a seeker, under their best-fitting open role: its signals and score,
 * and the contact's other fitting roles, best first. Reasons are written later.
 */
record Candidate(IndexedRole role, PreparedSeeker.TitleFit titleFit, Signals signals, double score,
        List<OtherRole> otherRoles) {

    /** Best score first; equal scores in a fixed order, so that a ranking is reproducible. */
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(candidate -> candidate.role().targetId());

    /** Among the roles of one hiring contact: best score first, equal scores in the order of the card. */
    static final Comparator<Candidate> BEST_ROLE_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingInt(candidate -> candidate.role().roleIndex());

    Candidate withOtherRoles(List<OtherRole> others) {
        return new Candidate(role, titleFit, signals, score, others);
    }
}

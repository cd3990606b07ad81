package org.warmintro.referral.matching;

import java.util.Comparator;

/** An open role that passed the filters for a seeker, with its signals and score; reasons are written later. */
record Candidate(IndexedRole role, PreparedSeeker.TitleFit titleFit, Signals signals, double score) {

    /** Best score first; equal scores in a fixed order, so that a ranking is reproducible. */
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(candidate -> candidate.role().targetId())
            .thenComparingInt(candidate -> candidate.role().roleIndex());
}

package org.warmintro.referral.matching;

import java.time.Instant;
import java.util.List;

/**
 * Every hiring contact a seeker can be introduced to, best first, each under their best-fitting role, as of
 * {@link #rankedAt()}: the state that {@link Matcher#rematch} updates after one profile event without scoring the
 * whole network again. Immutable. Holds one small entry per eligible hiring contact (a few hundred kilobytes for
 * 6,000 of them); a caller that does not want to keep it can rank again instead.
 */
public final class Ranking {

    private final PreparedSeeker seeker;
    private final Instant rankedAt;
    private final List<Candidate> candidates;
    private final MatchingConfig config;

    Ranking(PreparedSeeker seeker, Instant rankedAt, List<Candidate> candidates, MatchingConfig config) {
        this.seeker = seeker;
        this.rankedAt = rankedAt;
        this.candidates = candidates;
        this.config = config;
    }

    /** The best {@code limit} matches, diversified, each with its reasons. */
    public List<Match> top(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit is at least 1, not " + limit);
        }
        return DiversityReranker.top(candidates, limit, config.diversity()).stream()
                .map(placed -> new Match(seeker.id(), placed.candidate().role().targetId(),
                        placed.candidate().role().role().title(), placed.candidate().score(),
                        placed.candidate().otherRoles(),
                        placed.candidate().signals(), ReasonWriter.reasons(seeker, placed, rankedAt),
                        placed.forDiversity()))
                .toList();
    }

    /** How many hiring contacts the seeker can be introduced to. */
    public int size() {
        return candidates.size();
    }

    public String seekerId() {
        return seeker.id();
    }

    /** The instant relationships were faded to; a re-match keeps it, so that the whole ranking is of one moment. */
    public Instant rankedAt() {
        return rankedAt;
    }

    PreparedSeeker seeker() {
        return seeker;
    }

    List<Candidate> candidates() {
        return candidates;
    }
}

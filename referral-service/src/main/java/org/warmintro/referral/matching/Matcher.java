package org.warmintro.referral.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.warmintro.referral.vocabulary.OccupationCatalog;

/**
 * Ranks the open roles of a member's hiring contacts for one seeker. Pure: everything it knows comes in as arguments,
 * so that it can run anywhere and be tested without infrastructure. Thread-safe.
 *
 * <p>A role is a candidate only if it passes the hard filters (the hiring contact allows introductions and is under
 * their 30-day cap, the pair is not excluded, the hiring contact is not the seeker, the seeker does not already work
 * at that company) and shows some relevance (a shared skill, a title fit, or the seeker's own field): closeness to
 * the connector alone is no reason to introduce someone.
 */
public final class Matcher {

    private final MatchingConfig config;
    private final OccupationCatalog catalog;

    public Matcher(MatchingConfig config, OccupationCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
    }

    /** Prepares a network for ranking: do it once and keep it, updating it with {@link HiringNetwork#with}. */
    public HiringNetwork index(Collection<HiringContact> hiringContacts, NetworkStatistics statistics) {
        return HiringNetwork.index(hiringContacts, statistics, catalog);
    }

    /** Every open role of the network the seeker can be introduced to, best first; {@link Ranking#top} to show. */
    public Ranking rank(Seeker seeker, HiringNetwork network, Exclusions exclusions, Instant now) {
        PreparedSeeker prepared = new PreparedSeeker(seeker, catalog, now, config);
        List<Candidate> candidates = new ArrayList<>();
        for (IndexedRole role : network.roles()) {
            addIfEligible(prepared, role, exclusions, now, candidates);
        }
        candidates.sort(Candidate.RANKING);
        return new Ranking(prepared, now, Collections.unmodifiableList(candidates), config);
    }

    /**
     * The ranking after one hiring contact changed (or left the network): their old roles are taken out, their
     * current ones in {@code network} scored and merged in. The same as ranking again from scratch with this network
     * at {@link Ranking#rankedAt()}, at the cost of one contact instead of all.
     *
     * @param exclusions applied to the changed contact; the other candidates keep the exclusions they were ranked with
     */
    public Ranking rematch(Ranking previous, HiringNetwork network, String changedContactId, Exclusions exclusions) {
        PreparedSeeker seeker = previous.seeker();
        List<Candidate> changed = new ArrayList<>();
        for (IndexedRole role : network.rolesOf(changedContactId)) {
            addIfEligible(seeker, role, exclusions, previous.rankedAt(), changed);
        }
        changed.sort(Candidate.RANKING);
        List<Candidate> merged = new ArrayList<>(previous.size() + changed.size());
        int next = 0;
        for (Candidate candidate : previous.candidates()) {
            if (candidate.role().targetId().equals(changedContactId)) {
                continue;
            }
            while (next < changed.size() && Candidate.RANKING.compare(changed.get(next), candidate) < 0) {
                merged.add(changed.get(next++));
            }
            merged.add(candidate);
        }
        merged.addAll(changed.subList(next, changed.size()));
        return new Ranking(seeker, previous.rankedAt(), Collections.unmodifiableList(merged), config);
    }

    private void addIfEligible(PreparedSeeker seeker, IndexedRole role, Exclusions exclusions, Instant now,
            List<Candidate> candidates) {
        HiringContact target = role.contact();
        if (!target.consent().allowsAnother()
                || target.contactId().equals(seeker.id())
                || role.companyKey() != null && role.companyKey().equals(seeker.companyKey())
                || exclusions.excludes(seeker.id(), target.contactId())) {
            return;
        }
        double skills = SignalFunctions.skillOverlap(seeker.seeker().skills(), role.skills(), role.skillRarity(),
                role.skillRarityTotal());
        PreparedSeeker.TitleFit titleFit = seeker.titleFit(role.occupations());
        double field = SignalFunctions.fieldFit(seeker.fieldKey(), role.fieldKey(),
                seeker.sharesOccupationalGroup(role.majorGroups()));
        if (skills == 0 && titleFit.value() == 0 && field < 1) {
            return;
        }
        Signals signals = new Signals(skills, titleFit.value(), field,
                SignalFunctions.locationFit(seeker.locationKeys(), seeker.seeker().remote(), role.locationKey(),
                        role.role().remote()),
                SignalFunctions.seniorityFit(seeker.seeker().seniority(), role.role().seniority()),
                role.influence(),
                SignalFunctions.relationshipStrength(target.relationship(), now, config.relationshipHalfLife()),
                seeker.relationship(), seeker.balance());
        candidates.add(new Candidate(role, titleFit, signals, signals.score(config.weights())));
    }
}

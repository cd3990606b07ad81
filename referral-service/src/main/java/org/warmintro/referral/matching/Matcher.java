package org.warmintro.referral.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.warmintro.referral.vocabulary.OccupationCatalog;

/**
 * Ranks a member's hiring contacts for one seeker, each under their best-fitting open role. Pure: everything it knows
 * comes in as arguments, so that it can run anywhere and be tested without infrastructure. Thread-safe.
 *
 * <p>A hiring contact is a candidate only if they pass the hard filters (they allow introductions and are under their
 * 30-day cap, the pair is not excluded, they are not the seeker, the seeker does not already work at their company)
 * and one of their roles shows some relevance (a shared skill, a title fit, or the seeker's own field): closeness to
 * the connector alone is no reason to introduce someone. An introduction is to a person, so a hiring contact with
 * several such roles is one candidate, ranked by the best, the others beside it.
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

    /** Every hiring contact of the network the seeker can be introduced to, best first; {@link Ranking#top} to show. */
    public Ranking rank(Seeker seeker, HiringNetwork network, Exclusions exclusions, Instant now) {
        PreparedSeeker prepared = new PreparedSeeker(seeker, catalog, now, config);
        List<Candidate> candidates = new ArrayList<>();
        for (List<IndexedRole> roles : network.rolesByContact()) {
            Candidate candidate = candidate(prepared, roles, exclusions, now);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Candidate.RANKING);
        return new Ranking(prepared, now, Collections.unmodifiableList(candidates), config);
    }

    /**
     * The ranking after one hiring contact changed (or left the network): their old entry is taken out, their
     * current roles in {@code network} scored and merged in. The same as ranking again from scratch with this network
     * at {@link Ranking#rankedAt()}, at the cost of one contact instead of all.
     *
     * @param exclusions applied to the changed contact; the other candidates keep the exclusions they were ranked with
     */
    public Ranking rematch(Ranking previous, HiringNetwork network, String changedContactId, Exclusions exclusions) {
        PreparedSeeker seeker = previous.seeker();
        List<IndexedRole> roles = network.rolesOf(changedContactId);
        Candidate changed = roles.isEmpty() ? null : candidate(seeker, roles, exclusions, previous.rankedAt());
        List<Candidate> merged = new ArrayList<>(previous.size() + 1);
        for (Candidate candidate : previous.candidates()) {
            if (candidate.role().targetId().equals(changedContactId)) {
                continue;
            }
            if (changed != null && Candidate.RANKING.compare(changed, candidate) < 0) {
                merged.add(changed);
                changed = null;
            }
            merged.add(candidate);
        }
        if (changed != null) {
            merged.add(changed);
        }
        return new Ranking(seeker, previous.rankedAt(), Collections.unmodifiableList(merged), config);
    }

    /**
     * The hiring contact of {@code roles} under their best-fitting role, the others beside it; null when the filters
     * leave them out.
     */
    private Candidate candidate(PreparedSeeker seeker, List<IndexedRole> roles, Exclusions exclusions, Instant now) {
        IndexedRole first = roles.get(0);
        HiringContact target = first.contact();
        if (!target.consent().allowsAnother()
                || target.contactId().equals(seeker.id())
                || first.companyKey() != null && first.companyKey().equals(seeker.companyKey())
                || exclusions.excludes(seeker.id(), target.contactId())) {
            return null;
        }
        double relationship = SignalFunctions.relationshipStrength(target.relationship(), now,
                config.relationshipHalfLife());
        List<Candidate> fitting = new ArrayList<>(roles.size());
        for (IndexedRole role : roles) {
            Candidate candidate = scoreIfRelevant(seeker, role, relationship);
            if (candidate != null) {
                fitting.add(candidate);
            }
        }
        if (fitting.size() <= 1) {
            return fitting.isEmpty() ? null : fitting.get(0);
        }
        fitting.sort(Candidate.BEST_ROLE_FIRST);
        return fitting.get(0).withOtherRoles(fitting.subList(1, fitting.size()).stream()
                .map(other -> new OtherRole(other.role().role().title(), other.score())).toList());
    }

    /** The role scored for the seeker, or null when it shows no relevance to them. */
    private Candidate scoreIfRelevant(PreparedSeeker seeker, IndexedRole role, double targetRelationship) {
        double skills = SignalFunctions.skillOverlap(seeker.seeker().skills(), role.skills(), role.skillRarity(),
                role.skillRarityTotal());
        PreparedSeeker.TitleFit titleFit = seeker.titleFit(role.occupations());
        double field = SignalFunctions.fieldFit(seeker.fieldKey(), role.fieldKey(),
                seeker.sharesOccupationalGroup(role.majorGroups()));
        if (skills == 0 && titleFit.value() == 0 && field < 1) {
            return null;
        }
        Signals signals = new Signals(skills, titleFit.value(), field,
                SignalFunctions.locationFit(seeker.locationKeys(), seeker.seeker().remote(), role.locationKey(),
                        role.role().remote()),
                SignalFunctions.seniorityFit(seeker.seeker().seniority(), role.role().seniority()),
                role.influence(), targetRelationship, seeker.relationship(), seeker.balance());
        return new Candidate(role, titleFit, signals, signals.score(config.weights()), List.of());
    }
}

package org.warmintro.referral.matches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.referral.matching.Exclusions;
import org.warmintro.referral.matching.HiringContact;
import org.warmintro.referral.matching.HiringNetwork;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.matching.NetworkStatistics;
import org.warmintro.referral.matching.Ranking;
import org.warmintro.referral.matching.Seeker;
import org.warmintro.referral.projection.ContactProfile;

/**
 * The matching state of one member's network in memory: the indexed {@link HiringNetwork}, a {@link Ranking} per
 * active seeker (what {@link Matcher#rematch} updates) and the match lists last handed out for storing, so that a
 * profile event costs one re-match per seeker and writes only the lists it changed. Every method answers the
 * {@link Changes} to store; nothing here does I/O.
 *
 * <p>Not thread-safe: {@link MatchMaintenance} lets one thread at a time at it.
 */
final class MemberMatches {

    /** What the intro workflow says about the member's network at the moment of a change. */
    record IntroFacts(Exclusions exclusions, Map<String, Integer> requestsLast30Days) {

        int requestsOf(String contactId) {
            return requestsLast30Days.getOrDefault(contactId, 0);
        }
    }

    /**
     * What to write after a change.
     *
     * @param replaced          the seekers' match lists that changed
     * @param removedSeekers    the contacts that have no match list any more (erased, or no longer seeking)
     * @param suggestions       the member's suggestions when a list changed; empty otherwise
     * @param rankingsComputed  how many seekers were ranked or re-matched
     */
    record Changes(List<SeekerMatches> replaced, Set<String> removedSeekers, Optional<Suggestions> suggestions,
            int rankingsComputed) {

        static final Changes NONE = new Changes(List.of(), Set.of(), Optional.empty(), 0);

        /** These changes followed by {@code later}: what is left to write once both happened. */
        Changes then(Changes later) {
            Map<String, SeekerMatches> lists = new LinkedHashMap<>();
            replaced.forEach(list -> lists.put(list.seekerId(), list));
            Set<String> removed = new LinkedHashSet<>(removedSeekers);
            later.replaced.forEach(list -> {
                lists.put(list.seekerId(), list);
                removed.remove(list.seekerId());
            });
            later.removedSeekers.forEach(seekerId -> {
                lists.remove(seekerId);
                removed.add(seekerId);
            });
            return new Changes(List.copyOf(lists.values()), removed,
                    later.suggestions.isPresent() ? later.suggestions : suggestions,
                    rankingsComputed + later.rankingsComputed);
        }
    }

    /**
     * A freshly built state and the lists to store for it.
     *
     * @param initial every seeker's list, to be stored as the truth from now on
     */
    record Built(MemberMatches state, Changes initial) {
    }

    /** What a match list shows of a person besides their id. */
    private record Person(String name, String company) {
    }

    private static final Comparator<Suggestion> BEST_FIRST = Comparator
            .comparingDouble((Suggestion suggestion) -> suggestion.match().score()).reversed()
            .thenComparing(Suggestion::seekerId)
            .thenComparing(suggestion -> suggestion.match().targetId());

    private final String memberId;
    private final Matcher matcher;
    private final int storedMatches;
    private final Map<String, Long> versions = new HashMap<>();
    private final int indexedContactCount;
    private boolean changedSinceIndexed;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Ranking> rankings = new LinkedHashMap<>();
    private final Map<String, SeekerMatches> stored = new LinkedHashMap<>();
    private HiringNetwork network;

    private MemberMatches(String memberId, Matcher matcher, int storedMatches, HiringNetwork network,
            List<ContactProfile> profiles) {
        this.memberId = memberId;
        this.matcher = matcher;
        this.storedMatches = storedMatches;
        this.network = network;
        profiles.forEach(profile -> versions.put(profile.contactId(), profile.version()));
        this.indexedContactCount = versions.size();
    }

    /**
     * Indexes the member's network and ranks every active seeker.
     *
     * @param profiles every profile of the member's network; skill rarity is computed over all of them
     */
    static Built build(String memberId, List<ContactProfile> profiles, Matcher matcher, int storedMatches,
            IntroFacts facts, Instant now) {
        return build(memberId, profiles, matcher, storedMatches, facts, now, null);
    }

    /**
     * Indexes the network again, for rarity and fading as they are now: only the lists that differ from those the
     * previous state handed out are to be written.
     */
    Built rebuild(List<ContactProfile> profiles, IntroFacts facts, Instant now) {
        return build(memberId, profiles, matcher, storedMatches, facts, now, this);
    }

    private static Built build(String memberId, List<ContactProfile> profiles, Matcher matcher, int storedMatches,
            IntroFacts facts, Instant now, MemberMatches previous) {
        NetworkStatistics statistics = NetworkStatistics.of(profiles.stream()
                .map(profile -> ProfileConversion.skillsOf(profile.card())).toList());
        List<HiringContact> hiringContacts = profiles.stream()
                .map(profile -> ProfileConversion.hiringContact(profile, facts.requestsOf(profile.contactId())))
                .filter(contact -> !contact.openRoles().isEmpty())
                .toList();
        MemberMatches state = new MemberMatches(memberId, matcher, storedMatches,
                matcher.index(hiringContacts, statistics), profiles);
        Set<String> ranked = new LinkedHashSet<>();
        for (ContactProfile profile : profiles) {
            if (state.concerns(profile)) {
                state.remember(profile);
            }
            ProfileConversion.seeker(profile).ifPresent(seeker -> {
                state.rankings.put(seeker.contactId(), matcher.rank(seeker, state.network, facts.exclusions(), now));
                ranked.add(seeker.contactId());
            });
        }
        if (previous != null) {
            Set<String> gone = new HashSet<>(previous.stored.keySet());
            gone.removeAll(ranked);
            previous.stored.forEach((seekerId, list) -> {
                if (ranked.contains(seekerId)) {
                    state.stored.put(seekerId, list);
                }
            });
            return new Built(state, state.collect(ranked, gone, now));
        }
        Changes changes = state.collect(ranked, Set.of(), now);
        // stored suggestions may predate this process: they are replaced even when no seeker is left
        return new Built(state, new Changes(changes.replaced(), Set.of(), Optional.of(state.suggestions(now)),
                ranked.size()));
    }

    /**
     * Counts the contact into the network and answers whether the network has grown by a quarter or more since its
     * skill rarity was computed. The statistics of a network are taken when it is indexed and an update keeps them;
     * a network that arrives card by card (an import) would otherwise be ranked for good with the rarity of its
     * first few cards. Re-indexing at each quarter of growth reads the network a bounded number of times (about 45
     * builds while it grows to 30,000 cards) and keeps rarity within a quarter of the truth.
     */
    boolean outgrowsStatistics(String contactId) {
        versions.putIfAbsent(contactId, 0L);
        return (versions.size() - indexedContactCount) * 4 >= Math.max(indexedContactCount, 1);
    }

    /** A newer profile of someone matching does not care about: only the network's skill rarity changed. */
    void note(ContactProfile profile) {
        versions.put(profile.contactId(), profile.version());
        changedSinceIndexed = true;
    }

    /** The version of the contact's profile this state was last given; -1 when it has none. */
    long versionOf(String contactId) {
        return versions.getOrDefault(contactId, -1L);
    }

    /**
     * Whether a profile changed or a person went since the network was indexed: the skill rarity and the fading of
     * relationships are then those of an earlier network and moment, which {@link #rebuild} brings up to date.
     */
    boolean changedSinceIndexed() {
        return changedSinceIndexed;
    }

    /** Whether the profile is or was a seeker or a hiring contact, the only people matching cares about. */
    boolean concerns(ContactProfile profile) {
        ContactUpserted card = profile.card();
        return card.seeking() != null || card.hiring() != null || rankings.containsKey(profile.contactId())
                || network.hasOpenRoles(profile.contactId());
    }

    /**
     * After a newer snapshot of one contact: their roles change for every seeker (a re-match each, which also carries
     * a new name or company into the lists), and when they seek, their own ranking is done again from scratch, since
     * everything about the seeker may have changed.
     */
    Changes apply(ContactProfile profile, IntroFacts facts, Instant now) {
        String contactId = profile.contactId();
        versions.put(contactId, profile.version());
        changedSinceIndexed = true;
        remember(profile);
        Set<String> touched = new LinkedHashSet<>();
        HiringContact asHiringContact = ProfileConversion.hiringContact(profile, facts.requestsOf(contactId));
        if (!asHiringContact.openRoles().isEmpty() || network.hasOpenRoles(contactId)) {
            network = network.with(asHiringContact);
            touched.addAll(rematchAllBut(contactId, facts.exclusions()));
        }
        Set<String> removed = new HashSet<>();
        Optional<Seeker> seeker = ProfileConversion.seeker(profile);
        if (seeker.isPresent()) {
            rankings.put(contactId, matcher.rank(seeker.get(), network, facts.exclusions(), now));
            touched.add(contactId);
        } else if (rankings.remove(contactId) != null) {
            removed.add(contactId);
        }
        return collect(touched, removed, now);
    }

    /** After a person was erased: gone from the network, from every list, and their own list with them. */
    Changes erase(String contactId, Instant now) {
        versions.remove(contactId);
        changedSinceIndexed = true;
        people.remove(contactId);
        Set<String> touched = new LinkedHashSet<>();
        if (network.hasOpenRoles(contactId)) {
            network = network.without(contactId);
            touched.addAll(rematchAllBut(contactId, Exclusions.none()));
        }
        Set<String> removed = new HashSet<>();
        if (rankings.remove(contactId) != null) {
            removed.add(contactId);
        }
        return collect(touched, removed, now);
    }

    private Set<String> rematchAllBut(String changedContactId, Exclusions exclusions) {
        Set<String> rematched = new LinkedHashSet<>();
        rankings.replaceAll((seekerId, ranking) -> {
            if (seekerId.equals(changedContactId)) {
                return ranking;
            }
            rematched.add(seekerId);
            return matcher.rematch(ranking, network, changedContactId, exclusions);
        });
        return rematched;
    }

    private void remember(ContactProfile profile) {
        people.put(profile.contactId(), new Person(profile.fullName(), profile.card().company()));
    }

    /** The lists of the touched seekers that differ from the stored ones, and the suggestions if any did. */
    private Changes collect(Set<String> touched, Set<String> removed, Instant now) {
        List<SeekerMatches> replaced = new ArrayList<>();
        for (String seekerId : touched) {
            List<MatchView> matches = rankings.get(seekerId).top(storedMatches).stream()
                    .map(match -> {
                        Person target = people.getOrDefault(match.targetId(), new Person(null, null));
                        return MatchView.of(match, target.name(), target.company());
                    })
                    .toList();
            SeekerMatches previous = stored.get(seekerId);
            if (previous == null || !previous.matches().equals(matches)) {
                SeekerMatches current = new SeekerMatches(seekerId, memberId, now, matches);
                stored.put(seekerId, current);
                replaced.add(current);
            }
        }
        removed.forEach(stored::remove);
        boolean changed = !replaced.isEmpty() || !removed.isEmpty();
        return new Changes(replaced, removed, changed ? Optional.of(suggestions(now)) : Optional.empty(),
                touched.size());
    }

    private Suggestions suggestions(Instant now) {
        List<Suggestion> all = new ArrayList<>();
        stored.forEach((seekerId, matches) -> {
            String seekerName = people.getOrDefault(seekerId, new Person(null, null)).name();
            matches.matches().forEach(match -> all.add(new Suggestion(seekerId, seekerName, match)));
        });
        all.sort(BEST_FIRST);
        // a seeker's list names each hiring contact once, so each suggestion is a different introduction
        List<Suggestion> best = all.subList(0, Math.min(storedMatches, all.size()));
        return new Suggestions(memberId, now, best);
    }
}

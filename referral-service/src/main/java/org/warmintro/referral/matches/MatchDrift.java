package org.warmintro.referral.matches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.referral.intro.IntroHistory;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.projection.ContactProfiles;

/**
 * Compares a member's stored lists with those a build from scratch ranks now, from the same profiles and intros in
 * MongoDB: what a single replica that starts afresh would store. The lists kept up to date change by change, on
 * whichever replicas held the member, must end the same once the member's changes have settled.
 */
@ApplicationScoped
public class MatchDrift {

    /**
     * Scores ranked at two moments differ by the relationships' fading in between (a millionth in a minute at the
     * default half-life); a difference of rarity or of a signal is far larger.
     */
    static final double SCORE_TOLERANCE = 1e-4;

    private final ContactProfiles profiles;
    private final MatchStore store;
    private final IntroHistory introHistory;
    private final Matcher matcher;
    private final int storedMatches;

    MatchDrift(ContactProfiles profiles, MatchStore store, IntroHistory introHistory, Matcher matcher,
            MatchingSettings settings) {
        this.profiles = profiles;
        this.store = store;
        this.introHistory = introHistory;
        this.matcher = matcher;
        this.storedMatches = settings.storedMatches();
    }

    @Schema(name = "MatchDrift", description = "A member's stored match lists next to a build from scratch")
    public record Report(
            @Schema(description = "The member") String memberId,
            @Schema(description = "How many seekers have a stored or a computed list") int seekersCompared,
            @Schema(description = "The seekers whose stored list is not the computed one") List<SeekerDrift> differing) {
    }

    @Schema(name = "SeekerDrift", description = "One seeker's stored and computed lists, as target, role and score")
    public record SeekerDrift(String seekerId, List<Entry> stored, List<Entry> computed) {
    }

    @Schema(name = "MatchDriftEntry")
    public record Entry(String targetId, String roleTitle, double score) {

        static Entry of(MatchView match) {
            return new Entry(match.targetId(), match.roleTitle(), match.score());
        }

        boolean sameAs(Entry other) {
            return targetId.equals(other.targetId) && Objects.equals(roleTitle, other.roleTitle)
                    && Math.abs(score - other.score) <= SCORE_TOLERANCE;
        }
    }

    public Report of(String memberId) {
        Instant now = Instant.now();
        MemberMatches.IntroFacts facts = MatchMaintenance.introFacts(introHistory, memberId, now);
        Map<String, List<Entry>> computed = entries(MemberMatches.build(memberId, profiles.findByMember(memberId),
                matcher, storedMatches, facts, now).initial().replaced());
        Map<String, List<Entry>> stored = entries(store.ofMember(memberId));
        TreeSet<String> seekers = new TreeSet<>(computed.keySet());
        seekers.addAll(stored.keySet());
        List<SeekerDrift> differing = new ArrayList<>();
        for (String seekerId : seekers) {
            List<Entry> mine = stored.getOrDefault(seekerId, List.of());
            List<Entry> fresh = computed.getOrDefault(seekerId, List.of());
            if (!same(mine, fresh) || stored.containsKey(seekerId) != computed.containsKey(seekerId)) {
                differing.add(new SeekerDrift(seekerId, mine, fresh));
            }
        }
        return new Report(memberId, seekers.size(), differing);
    }

    private static boolean same(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Entry>> entries(List<SeekerMatches> lists) {
        return lists.stream().collect(Collectors.toMap(SeekerMatches::seekerId,
                list -> list.matches().stream().map(Entry::of).toList()));
    }
}

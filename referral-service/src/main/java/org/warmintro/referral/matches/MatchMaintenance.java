package org.warmintro.referral.matches;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jboss.logging.Logger;
import org.warmintro.referral.intro.IntroChanged;
import org.warmintro.referral.intro.IntroHistory;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.projection.ContactErased;
import org.warmintro.referral.projection.ContactProfile;
import org.warmintro.referral.projection.ContactProfileChanged;
import org.warmintro.referral.projection.ContactProfiles;

/**
 * Keeps the stored matches up to date with the projection: a {@link MemberMatches} per member, built from
 * {@code contact_profiles} on the member's first profile event and updated by every later one, writes the match lists
 * and suggestions each event changed through {@link MatchStore}.
 *
 * <p><b>One replica.</b> The in-memory state of a member is complete only if this process sees every profile event of
 * that member. {@code contacts.profiles.v1} is keyed by contact id, so with several replicas in the consumer group a
 * member's events spread over all of them, and each replica would re-match with a network that misses the changes
 * the others applied. Running more than one replica needs either a topic re-keyed by member id (a repartitioning
 * stream, so that each member's events reach one replica), or a state rebuilt from MongoDB before each event (costly:
 * a read of the whole network). Until then the service runs as a single replica.
 *
 * <p>A failure while matching does not fail the projection, which has already stored the profile: the member's state
 * is dropped and rebuilt from MongoDB on their next event, which rewrites all their lists.
 */
@ApplicationScoped
public class MatchMaintenance {

    private static final Logger LOG = Logger.getLogger(MatchMaintenance.class);

    private final Map<String, MemberMatches> members = new HashMap<>();
    private final ContactProfiles profiles;
    private final MatchStore store;
    private final IntroHistory introHistory;
    private final Matcher matcher;
    private final int storedMatches;
    private final Timer duration;
    private final Counter computed;

    MatchMaintenance(ContactProfiles profiles, MatchStore store, IntroHistory introHistory, Matcher matcher,
            MatchingSettings settings, MeterRegistry registry) {
        this.profiles = profiles;
        this.store = store;
        this.introHistory = introHistory;
        this.matcher = matcher;
        this.storedMatches = settings.storedMatches();
        this.duration = Timer.builder("referral.matching.duration")
                .description("Time to bring the stored matches up to date after one profile event")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.computed = Counter.builder("referral.matches.computed")
                .description("Seekers ranked or re-matched")
                .register(registry);
    }

    void onProfileChanged(@Observes ContactProfileChanged event) {
        ContactProfile profile = event.profile();
        String memberId = profile.memberId();
        duration.record(() -> update(memberId, () -> {
            Instant now = Instant.now();
            MemberMatches state = members.get(memberId);
            if (state == null || state.outgrowsStatistics(profile.contactId())) {
                // the build reads the profile just stored, so the event is already in it
                build(memberId, now);
            } else if (state.concerns(profile)) {
                store(state.apply(profile, introFacts(memberId, now), now));
            }
        }));
    }

    void onContactErased(@Observes ContactErased event) {
        String memberId = event.memberId();
        duration.record(() -> update(memberId, () -> {
            // by id, even when this service never had the person's profile and so knows no member
            store.removeSeekers(List.of(event.contactId()));
            if (memberId == null) {
                return;
            }
            Instant now = Instant.now();
            MemberMatches state = members.get(memberId);
            if (state == null) {
                // the projection erased the profile before this event, so the build no longer sees the person
                build(memberId, now);
            } else {
                store(state.erase(event.contactId(), now));
            }
        }));
    }

    /**
     * An intro changes whom to exclude and how much of a target's cap is used; intros are rare next to profile
     * events, so the member's matches are simply rebuilt.
     */
    void onIntroChanged(@Observes IntroChanged event) {
        String memberId = event.memberId();
        duration.record(() -> update(memberId, () -> build(memberId, Instant.now())));
    }

    /** One event at a time, as the projection's consumer delivers them anyway: a member's state is not thread-safe. */
    private synchronized void update(String memberId, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            members.remove(memberId);
            LOG.errorf(e, "Matching failed for member %s; their matches are rebuilt on their next profile event",
                    memberId);
        }
    }

    private void build(String memberId, Instant now) {
        MemberMatches.Built built = MemberMatches.build(memberId, profiles.findByMember(memberId), matcher,
                storedMatches, introFacts(memberId, now), now);
        members.put(memberId, built.state());
        store(built.initial());
    }

    private void store(MemberMatches.Changes changes) {
        store.store(changes);
        computed.increment(changes.rankingsComputed());
    }

    private MemberMatches.IntroFacts introFacts(String memberId, Instant now) {
        return new MemberMatches.IntroFacts(introHistory.exclusions(memberId, now),
                introHistory.requestsInLast30Days(memberId, now));
    }
}

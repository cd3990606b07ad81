package org.warmintro.referral.matches;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.warmintro.referral.intro.IntroChanged;
import org.warmintro.referral.intro.IntroHistory;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.projection.ContactErased;
import org.warmintro.referral.projection.ContactProfile;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.referral.projection.MemberChange;
import org.warmintro.referral.projection.MemberChanges;

/**
 * Keeps the stored matches up to date with the projection: a {@link MemberMatches} per member, built from
 * {@code contact_profiles} on the member's first change and updated by every later one, writes the match lists and
 * suggestions the changes altered through {@link MatchStore}.
 *
 * <p><b>Partitioned by member.</b> The changes come from {@code referral.member-changes.v1}, keyed by member id, so
 * all of a member's changes reach the one replica that holds the member's partition, in order. A replica builds a
 * member's state from MongoDB on the first change it gets for them (after a start or when the partition moves to it)
 * and drops it when the partition leaves ({@link MemberPartitions}). The records carry ids only: the profile is read
 * from MongoDB, and a change whose version the state has already seen (a replay) costs nothing.
 *
 * <p>The changes of one poll are applied member by member, and each member's lists are written once for them all.
 * A member whose network changed since it was indexed is indexed again once no change came for
 * {@code referral.matching.settle-after}, so that the lists end as a build from scratch would rank them, whatever the
 * order the changes came in and whichever replica applied them.
 *
 * <p>A failure while matching (MongoDB away) is logged and drops the member's state, built again at the next settle
 * and until it succeeds; the record is not failed, since the projection has the profile already.
 */
@ApplicationScoped
public class MatchMaintenance {

    private static final Logger LOG = Logger.getLogger(MatchMaintenance.class);

    /** A member's state and the partition of referral.member-changes.v1 their changes come from. */
    private record Held(MemberMatches state, int partition, Instant lastChangeAt) {
    }

    private final Map<String, Held> members = new HashMap<>();
    /** Members whose matching failed, by partition: built again at the next settle rather than left stale. */
    private final Map<String, Integer> failed = new HashMap<>();
    private final ContactProfiles profiles;
    private final MatchStore store;
    private final IntroHistory introHistory;
    private final Matcher matcher;
    private final MemberChanges memberChanges;
    private final ObjectReader changeReader;
    private final int storedMatches;
    private final Duration settleAfter;
    private final Timer duration;
    private final Counter computed;

    MatchMaintenance(ContactProfiles profiles, MatchStore store, IntroHistory introHistory, Matcher matcher,
            MemberChanges memberChanges, ObjectMapper mapper, MatchingSettings settings, MeterRegistry registry) {
        this.profiles = profiles;
        this.store = store;
        this.introHistory = introHistory;
        this.matcher = matcher;
        this.memberChanges = memberChanges;
        this.changeReader = mapper.readerFor(MemberChange.class);
        this.storedMatches = settings.storedMatches();
        this.settleAfter = settings.settleAfter();
        this.duration = Timer.builder("referral.matching.duration")
                .description("Time to bring a member's stored matches up to date after the changes of one poll")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.computed = Counter.builder("referral.matches.computed")
                .description("Seekers ranked or re-matched")
                .register(registry);
    }

    @Incoming("member-changes")
    @Blocking
    public void onMemberChanges(ConsumerRecords<String, String> records) {
        Map<String, List<MemberChange>> byMember = new LinkedHashMap<>();
        Map<String, Integer> partitions = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.key() == null) {
                LOG.errorf("Ignored a member change without a member id at %s-%d@%d", record.topic(),
                        record.partition(), record.offset());
                continue;
            }
            read(record).ifPresent(change -> {
                byMember.computeIfAbsent(record.key(), member -> new ArrayList<>()).add(change);
                partitions.put(record.key(), record.partition());
            });
        }
        byMember.forEach((memberId, changes) -> duration.record(
                () -> update(memberId, partitions.get(memberId), changes)));
    }

    /** The erasure of a person this service never had a profile of: their list, if any, goes by id. */
    void onContactErased(@Observes ContactErased event) {
        if (event.memberId() == null) {
            store.removeSeekers(List.of(event.contactId()));
        }
    }

    /**
     * An intro changes whom to exclude and how much of a target's cap is used: the replica that holds the member
     * rebuilds their matches, whichever replica the intro changed on.
     */
    void onIntroChanged(@Observes IntroChanged event) {
        try {
            memberChanges.publish(event.memberId(), MemberChange.intros()).whenComplete((written, failure) -> {
                if (failure != null) {
                    introChangeLost(event.memberId(), failure);
                }
            });
        } catch (RuntimeException e) {
            introChangeLost(event.memberId(), e);
        }
    }

    private static void introChangeLost(String memberId, Throwable cause) {
        LOG.warnf(cause, "The intro change of member %s did not reach their matches; they follow at the member's "
                + "next change", memberId);
    }

    /** Indexes again the networks that changed and have been quiet for {@code settle-after}. */
    @Scheduled(every = "${referral.matching.settle-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    synchronized void settle() {
        Instant now = Instant.now();
        List<String> due = members.entrySet().stream()
                .filter(entry -> entry.getValue().state().changedSinceIndexed()
                        && !entry.getValue().lastChangeAt().plus(settleAfter).isAfter(now))
                .map(Map.Entry::getKey)
                .toList();
        for (String memberId : due) {
            Held held = members.get(memberId);
            guarded(memberId, held.partition(), () -> duration.record(() -> {
                MemberMatches.Built built = rebuild(held.state(), memberId, introFacts(memberId, now), now);
                members.put(memberId, new Held(built.state(), held.partition(), held.lastChangeAt()));
                store(built.initial());
            }));
        }
        Map<String, Integer> retry = new HashMap<>(failed);
        failed.clear();
        retry.forEach((memberId, partition) -> guarded(memberId, partition, () -> duration.record(() -> {
            MemberMatches.Built built = build(memberId, introFacts(memberId, now), now);
            members.put(memberId, new Held(built.state(), partition, now));
            store(built.initial());
        })));
    }

    /** The partitions left this replica: another holds those members now, and builds their state afresh. */
    synchronized void release(Collection<TopicPartition> partitions) {
        Set<Integer> released = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
        members.values().removeIf(held -> released.contains(held.partition()));
        failed.values().removeIf(released::contains);
    }

    private synchronized void update(String memberId, int partition, List<MemberChange> changes) {
        guarded(memberId, partition, () -> {
            Instant now = Instant.now();
            // read once for the poll, and only when a change needs them: a replay of known versions reads nothing
            Lazy<MemberMatches.IntroFacts> facts = new Lazy<>(() -> introFacts(memberId, now));
            Held held = members.get(memberId);
            MemberMatches state;
            MemberMatches.Changes toStore = MemberMatches.Changes.NONE;
            boolean builtNow = held == null;
            if (builtNow) {
                // the build reads every profile the projection holds, so the changes before it are in it already
                MemberMatches.Built built = build(memberId, facts.get(), now);
                state = built.state();
                toStore = built.initial();
            } else {
                state = held.state();
            }
            for (MemberChange change : changes) {
                switch (change.kind()) {
                    case PROFILE -> {
                        if (state.versionOf(change.contactId()) >= change.version()) {
                            continue;
                        }
                        Optional<ContactProfile> profile = profiles.find(change.contactId());
                        if (profile.isEmpty()) {
                            // erased since: its erasure follows on this partition
                            continue;
                        }
                        if (state.versionOf(change.contactId()) >= profile.get().version()) {
                            continue;
                        }
                        if (state.outgrowsStatistics(change.contactId())) {
                            MemberMatches.Built built = rebuild(state, memberId, facts.get(), now);
                            state = built.state();
                            toStore = toStore.then(built.initial());
                        } else if (state.concerns(profile.get())) {
                            toStore = toStore.then(state.apply(profile.get(), facts.get(), now));
                        } else {
                            state.note(profile.get());
                        }
                    }
                    case ERASED -> {
                        // the projection deletes the profile after announcing it; deleting here as well means no
                        // later build of this member can read the person back
                        profiles.erase(change.contactId());
                        toStore = toStore.then(state.erase(change.contactId(), now));
                        store.removeSeekers(List.of(change.contactId()));
                    }
                    case INTROS -> {
                        if (builtNow) {
                            continue;
                        }
                        MemberMatches.Built built = rebuild(state, memberId, facts.get(), now);
                        state = built.state();
                        toStore = toStore.then(built.initial());
                    }
                }
            }
            members.put(memberId, new Held(state, partition, now));
            store(toStore);
        });
    }

    private void guarded(String memberId, int partition, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            members.remove(memberId);
            failed.put(memberId, partition);
            LOG.errorf(e, "Matching failed for member %s; their matches are built again from MongoDB", memberId);
        }
    }

    private Optional<MemberChange> read(ConsumerRecord<String, String> record) {
        try {
            return Optional.ofNullable(changeReader.readValue(record.value()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.errorf("Ignored an unreadable member change at %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return Optional.empty();
        }
    }

    private MemberMatches.Built build(String memberId, MemberMatches.IntroFacts facts, Instant now) {
        return MemberMatches.build(memberId, profiles.findByMember(memberId), matcher, storedMatches, facts, now);
    }

    private MemberMatches.Built rebuild(MemberMatches state, String memberId, MemberMatches.IntroFacts facts,
            Instant now) {
        return state.rebuild(profiles.findByMember(memberId), facts, now);
    }

    private void store(MemberMatches.Changes changes) {
        store.store(changes);
        computed.increment(changes.rankingsComputed());
    }

    private MemberMatches.IntroFacts introFacts(String memberId, Instant now) {
        return introFacts(introHistory, memberId, now);
    }

    /** What the intro workflow says of the member's network now: the one way matching and its checks read it. */
    static MemberMatches.IntroFacts introFacts(IntroHistory history, String memberId, Instant now) {
        return new MemberMatches.IntroFacts(history.exclusions(memberId, now),
                history.requestsInLast30Days(memberId, now));
    }

    /** A value computed on its first use, for work a poll may not need at all. */
    private static final class Lazy<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}

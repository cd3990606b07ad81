package org.warmintro.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;

import org.jboss.logging.Logger;

/**
 * The relay of a transactional outbox: publishes the events a service stored with its changes, and marks sent
 * exactly the ones Kafka acknowledged.
 *
 * <p>Each round reads a batch from the {@link OutboxStorage}, sends all of it, then waits for the acknowledgements
 * up to a deadline. Within a key they count in order and stop at the first that failed: marking a later event of
 * that key sent would let it overtake the earlier one, which is sent again (an older snapshot after a newer one, a
 * transition before the one it follows). Other keys are not held back. Rounds follow each other while whole batches
 * go out; delivery is at least once (consumers drop a repeated CloudEvent id or an older version).
 *
 * <p>A wake-up ({@link #wakeUp()}, after a write that stored events) and a sweep ({@link #publishPending()}, on a
 * schedule, for what a wake-up missed) ask for the same drain, one at a time: a call during a drain makes it look
 * again. A drain that fails (Kafka did not acknowledge everything, the storage threw) is logged, and calls return at
 * once until a backoff has passed, doubling with each failure in a row.
 *
 * @param <E> an event as the storage holds it
 */
public final class Relay<E> {

    private static final Logger LOG = Logger.getLogger(Relay.class);
    /** What a batch does once Kafka acknowledged it: mark its events sent and commit. */
    private static final Duration LAST_STEPS = Duration.ofSeconds(5);

    private final String topic;
    private final OutboxStorage<E> storage;
    private final OutboxSender sender;
    private final RelayConfig config;
    private final Backoff backoff;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final CoalescedRuns drains;
    /** Touched by one drain at a time. */
    private int failuresInARow;
    private Instant retryAt = Instant.MIN;

    /** @param topic names the relay in its logs */
    public Relay(String topic, OutboxStorage<E> storage, OutboxSender sender, RelayConfig config, Executor executor) {
        this(topic, storage, sender, config, executor, InstantSource.system(), new SplittableRandom());
    }

    Relay(String topic, OutboxStorage<E> storage, OutboxSender sender, RelayConfig config, Executor executor,
            InstantSource clock, RandomGenerator random) {
        this.topic = topic;
        this.storage = storage;
        this.sender = sender;
        this.config = config;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        this.clock = clock;
        this.random = random;
        this.drains = new CoalescedRuns(this::drainUnlessBackingOff, executor);
    }

    /** Asks for a drain on the executor, so that new events go out now rather than at the next sweep. */
    public void wakeUp() {
        drains.request();
    }

    /**
     * Publishes until the outbox is empty, another replica publishes, or an attempt fails; on the caller's thread,
     * unless a drain is under way on another (which then looks again).
     */
    public void publishPending() {
        drains.runNow();
    }

    private void drainUnlessBackingOff() {
        if (clock.instant().isBefore(retryAt)) {
            return;
        }
        try {
            if (drain()) {
                failuresInARow = 0;
            } else {
                backOff();
            }
        } catch (RuntimeException e) {
            backOff();
            LOG.warnf(e, "Relaying the outbox to %s failed; tried again from %s", topic, retryAt);
        }
    }

    private void backOff() {
        failuresInARow++;
        retryAt = clock.instant().plus(backoff.after(failuresInARow, random));
    }

    /**
     * On shutdown, before the producer and the storage close: no drain starts any more, and one under way ends after
     * its batch, whose acknowledged events it marks sent. The rest waits in the outbox for the next start.
     */
    public void stop() throws InterruptedException {
        if (!drains.stop(config.acknowledgementTimeout().plus(LAST_STEPS))) {
            LOG.warnf("The relay to %s did not end its batch in time for the shutdown; its events are sent again",
                    topic);
        }
    }

    /** True once nothing is left to publish here, false when an event was not acknowledged. */
    private boolean drain() {
        while (!drains.stopped()) {
            Optional<Round> round = storage.exclusively(this::publishBatch);
            if (round.isEmpty() || round.get() == Round.LAST) {
                return true;
            }
            if (round.get() == Round.FAILED) {
                return false;
            }
        }
        return true;
    }

    private Round publishBatch() {
        OutboxBatch<E> batch = storage.read(config.batchSize());
        List<E> events = batch.events();
        if (events.isEmpty()) {
            return Round.LAST;
        }
        List<OutboxMessage> messages = events.stream().map(storage::message).toList();
        List<CompletableFuture<Void>> acknowledgements = messages.stream().map(this::send).toList();
        List<E> sent = acknowledgedInOrderPerKey(events, messages, acknowledgements);
        if (!sent.isEmpty()) {
            storage.markSent(sent);
        }
        if (sent.size() < events.size()) {
            LOG.warnf("Kafka acknowledged %d of %d events for %s; the rest is sent again after a backoff", sent.size(),
                    events.size(), topic);
            return Round.FAILED;
        }
        return batch.full() ? Round.MORE : Round.LAST;
    }

    /** A send that throws failed like one Kafka refused: the other keys of the batch still go out. */
    private CompletableFuture<Void> send(OutboxMessage message) {
        try {
            return sender.send(message).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private List<E> acknowledgedInOrderPerKey(List<E> events, List<OutboxMessage> messages,
            List<CompletableFuture<Void>> acknowledgements) {
        long deadline = System.nanoTime() + config.acknowledgementTimeout().toNanos();
        Set<String> heldBack = new HashSet<>();
        List<E> sent = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String key = messages.get(i).key();
            if (heldBack.contains(key)) {
                continue;
            }
            if (acknowledged(acknowledgements.get(i), deadline)) {
                sent.add(events.get(i));
            } else {
                heldBack.add(key);
            }
        }
        return sent;
    }

    private static boolean acknowledged(CompletableFuture<Void> acknowledgement, long deadline) {
        try {
            acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private enum Round {
        /** A whole batch went out and it was full: there may be more. */
        MORE,
        /** Nothing more waits. */
        LAST,
        /** Kafka did not acknowledge everything: the rest waits for the backoff. */
        FAILED
    }
}

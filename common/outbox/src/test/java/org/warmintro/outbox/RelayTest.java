package org.warmintro.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.warmintro.outbox.InMemoryOutbox.Stored;

/** The outbox relay on its own, with an outbox in memory and a Kafka that does as it is told. */
class RelayTest {

    private static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final FakeKafka kafka = new FakeKafka();
    private final MutableClock clock = new MutableClock();

    @Test
    void everyEventIsPublishedInTheOrderItWasStoredBatchAfterBatchAndThenLeavesTheOutbox() {
        List<String> ids = List.of("a", "b", "a", "c", "a").stream().map(key -> id(outbox.store(key))).toList();

        relay(2, Duration.ofSeconds(5)).publishPending();

        assertThat(kafka.sentIds()).containsExactlyElementsOf(ids);
        assertThat(outbox.waiting()).isEmpty();
        assertThat(outbox.reads()).as("two full batches, the last one short").isEqualTo(3);
    }

    @Test
    void onlyTheEventsKafkaAcknowledgedAreMarkedSent() {
        Stored first = outbox.store("a");
        Stored refused = outbox.store("b");
        Stored third = outbox.store("c");
        kafka.refuse(id(refused));

        relay(10, Duration.ofSeconds(5)).publishPending();

        assertThat(kafka.sentIds()).containsExactly(id(first), id(refused), id(third));
        assertThat(outbox.waiting()).containsExactly(refused);
    }

    @Test
    void anEventAfterAFailedOneOfItsKeyStaysEvenWhenAcknowledgedSoThatItIsNotOvertakenWhileOtherKeysGoOn() {
        Stored failed = outbox.store("a");
        Stored other = outbox.store("b");
        Stored later = outbox.store("a");
        kafka.refuse(id(failed));
        Relay<Stored> relay = relay(10, Duration.ofSeconds(5));

        relay.publishPending();

        assertThat(outbox.waiting()).containsExactly(failed, later);

        kafka.backToNormal();
        clock.advance(Duration.ofMinutes(1));
        relay.publishPending();

        assertThat(kafka.sentIds()).containsExactly(id(failed), id(other), id(later), id(failed), id(later));
        assertThat(outbox.waiting()).isEmpty();
    }

    @Test
    void anAcknowledgementThatDoesNotComeBeforeTheDeadlineCountsAsAFailure() {
        Stored unanswered = outbox.store("a");
        Stored answered = outbox.store("b");
        kafka.neverAnswer(id(unanswered));

        relay(10, Duration.ZERO).publishPending();

        assertThat(outbox.waiting()).containsExactly(unanswered);
        assertThat(kafka.sentIds()).contains(id(answered));
    }

    @Test
    void aSendThatThrowsHoldsBackItsKeyOnlyAndIsNotPropagated() {
        Stored throwing = outbox.store("a");
        Stored other = outbox.store("b");
        kafka.throwOn(id(throwing));

        assertThatCode(() -> relay(10, Duration.ofSeconds(5)).publishPending()).doesNotThrowAnyException();

        assertThat(kafka.sentIds()).containsExactly(id(other));
        assertThat(outbox.waiting()).containsExactly(throwing);
    }

    @Test
    void afterAFailureTheRelayWaitsForItsBackoffDoublingWithEachFailureInARowThenPublishes() {
        Stored event = outbox.store("a");
        kafka.refuse(id(event));
        Relay<Stored> relay = relay(10, Duration.ofSeconds(5));
        relay.publishPending();
        int readsAfterTheFirstFailure = outbox.reads();

        clock.advance(INITIAL_BACKOFF.minusMillis(1));
        relay.publishPending();
        assertThat(outbox.reads()).as("within the first backoff").isEqualTo(readsAfterTheFirstFailure);
        clock.advance(Duration.ofMillis(1));
        relay.publishPending();
        assertThat(outbox.reads()).as("once it passed").isEqualTo(readsAfterTheFirstFailure + 1);

        kafka.backToNormal();
        clock.advance(INITIAL_BACKOFF);
        relay.publishPending();
        assertThat(outbox.waiting()).as("the second backoff is twice as long").containsExactly(event);
        clock.advance(INITIAL_BACKOFF);
        relay.publishPending();
        assertThat(outbox.waiting()).isEmpty();
    }

    @Test
    void aSuccessEndsTheBackoffSoThatTheNextFailureWaitsTheShortestAgain() {
        Relay<Stored> relay = relay(10, Duration.ofSeconds(5));
        Stored first = outbox.store("a");
        kafka.refuse(id(first));
        relay.publishPending();
        clock.advance(INITIAL_BACKOFF);
        relay.publishPending();
        kafka.backToNormal();
        clock.advance(INITIAL_BACKOFF.multipliedBy(2));
        relay.publishPending();
        assertThat(outbox.waiting()).isEmpty();

        Stored second = outbox.store("b");
        kafka.refuse(id(second));
        relay.publishPending();
        kafka.backToNormal();
        clock.advance(INITIAL_BACKOFF);
        relay.publishPending();

        assertThat(outbox.waiting()).isEmpty();
    }

    @Test
    void aStorageThatFailsIsLoggedAndTriedAgainAfterTheBackoffRatherThanThrowingAtItsCaller() {
        Stored event = outbox.store("a");
        outbox.whileReading(() -> {
            throw new IllegalStateException("the database is away");
        });
        Relay<Stored> relay = relay(10, Duration.ofSeconds(5));

        assertThatCode(relay::publishPending).doesNotThrowAnyException();
        outbox.whileReading(() -> {
        });
        relay.publishPending();
        assertThat(outbox.waiting()).as("within the backoff").containsExactly(event);

        clock.advance(INITIAL_BACKOFF);
        relay.publishPending();
        assertThat(outbox.waiting()).isEmpty();
    }

    @Test
    void whileAnotherReplicaPublishesNothingIsReadNorSent() {
        outbox.store("a");
        outbox.anotherReplicaPublishes();

        relay(10, Duration.ofSeconds(5)).publishPending();

        assertThat(outbox.reads()).isZero();
        assertThat(kafka.sentIds()).isEmpty();
    }

    @Test
    void callsDuringADrainReturnAtOnceAndMakeItLookOnceMore() throws InterruptedException {
        Stored first = outbox.store("a");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        outbox.whileReading(() -> {
            reading.countDown();
            await(release);
        });
        Relay<Stored> relay = relay(10, Duration.ofSeconds(5));
        Thread draining = new Thread(relay::publishPending);
        draining.start();
        reading.await();
        outbox.whileReading(() -> {
        });

        Stored second = outbox.store("a");
        for (int i = 0; i < 5; i++) {
            relay.publishPending();
            relay.wakeUp();
        }
        assertThat(kafka.sentIds()).as("the calls returned while the first read waits").isEmpty();
        release.countDown();
        draining.join();

        assertThat(kafka.sentIds()).containsExactly(id(first), id(second));
        assertThat(outbox.reads()).as("one drain, and one more for every call it made wait").isEqualTo(2);
    }

    private Relay<Stored> relay(int batchSize, Duration acknowledgementTimeout) {
        // the wake-ups of the tests run on the caller's thread: one that finds a drain under way returns at once
        return new Relay<>("test.events.v1", outbox, kafka, new Settings(batchSize, acknowledgementTimeout),
                Runnable::run, clock, FixedDraw.LONGEST);
    }

    private static String id(Stored event) {
        return "event-" + event.id();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Settings(int batchSize, Duration acknowledgementTimeout) implements RelayConfig {

        @Override
        public String sweepInterval() {
            return "1s";
        }

        @Override
        public Duration initialBackoff() {
            return INITIAL_BACKOFF;
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofSeconds(30);
        }
    }

    private static final class MutableClock implements InstantSource {

        private Instant now = Instant.parse("2026-01-29T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.warmintro.referral.intro;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.warmintro.tracing.TraceParent;

/**
 * Publishes the events kept in the intros' documents to {@code referrals.intros.v1}, keyed by intro id, and removes
 * each from its intro once Kafka acknowledged it.
 *
 * <p>The events of one intro are sent in the order they were stored and only an acknowledged prefix is removed, so
 * they arrive in order; after a failure the rest is sent again (at least once: consumers recognise a repeated
 * {@code ce_id}). Replicas relaying the same intro at the same moment can repeat an event, never lose one.
 */
@ApplicationScoped
public class IntroOutboxRelay {

    private static final Logger LOG = Logger.getLogger(IntroOutboxRelay.class);
    /** What a batch does once Kafka acknowledged it: remove the events from their intros. */
    private static final Duration LAST_STEPS = Duration.ofSeconds(5);

    private final Emitter<String> introEvents;
    private final Intros intros;
    private final IntroEvents events;
    private final ExecutorService executor;
    private final IntroConfig config;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean morePending = new AtomicBoolean();
    private volatile boolean stopping;

    IntroOutboxRelay(@Channel("intro-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> introEvents, Intros intros, IntroEvents events, ExecutorService executor,
            IntroConfig config) {
        this.introEvents = introEvents;
        this.intros = intros;
        this.events = events;
        this.executor = executor;
        this.config = config;
    }

    /** Called after a write that stored events, so that they go out now rather than at the next sweep. */
    void wakeUp() {
        executor.execute(this::publishPending);
    }

    /** Catches what a wake-up missed: events of a replica that crashed, or of a time Kafka was away. */
    @Scheduled(every = "${referral.intro.relay-sweep-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        publishPending();
    }

    /**
     * Publishes until no intro has pending events or Kafka stops acknowledging. A call while another is draining
     * only asks that one to look again, so a burst of writes costs one drain, not one each.
     */
    public void publishPending() {
        morePending.set(true);
        while (morePending.get() && !stopping && draining.tryLock()) {
            try {
                morePending.set(false);
                drain();
            } catch (RuntimeException e) {
                LOG.warn("Relaying intro events failed; the next sweep tries again", e);
            } finally {
                draining.unlock();
            }
        }
    }

    private void drain() {
        boolean everythingAcknowledged;
        List<Intro> batch;
        do {
            batch = intros.withPendingEvents(config.relayBatchSize());
            everythingAcknowledged = publish(batch);
        } while (everythingAcknowledged && batch.size() == config.relayBatchSize() && !stopping);
    }

    /**
     * On shutdown, before Kafka's producer and MongoDB's client close: no drain starts any more, and one under way
     * ends after its batch, whose acknowledged events it removes. The rest waits in the intros for the next start.
     */
    void finishOnShutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        if (!draining.tryLock(config.relayAcknowledgementTimeout().plus(LAST_STEPS).toMillis(),
                TimeUnit.MILLISECONDS)) {
            LOG.warn("The intro relay did not end its batch in time for the shutdown; its events are sent again");
        }
    }

    private boolean publish(List<Intro> batch) {
        record Sending(Intro intro, List<PendingEvent> events, List<CompletableFuture<Void>> acknowledgements) {
        }
        List<Sending> sendings = batch.stream().map(intro -> new Sending(intro, intro.outbox(),
                intro.outbox().stream().map(event -> send(intro, event)).toList())).toList();
        long deadline = System.nanoTime() + config.relayAcknowledgementTimeout().toNanos();
        boolean everythingAcknowledged = true;
        for (Sending sending : sendings) {
            int acknowledged = countAcknowledgedPrefix(sending.acknowledgements(), deadline);
            if (acknowledged > 0) {
                List<String> sent = new ArrayList<>();
                sending.events().subList(0, acknowledged).forEach(event -> sent.add(event.id()));
                intros.removeSent(sending.intro().id(), sent);
            }
            if (acknowledged < sending.events().size()) {
                LOG.warnf("Kafka acknowledged %d of %d events of intro %s; the rest will be sent again", acknowledged,
                        sending.events().size(), sending.intro().id());
                everythingAcknowledged = false;
            }
        }
        return everythingAcknowledged;
    }

    /**
     * Counts the acknowledgements in order and stops at the first failure: removing an acknowledged event that
     * follows an unacknowledged one would let the later transition overtake the earlier one when sent again.
     */
    private static int countAcknowledgedPrefix(List<CompletableFuture<Void>> acknowledgements, long deadline) {
        int acknowledged = 0;
        for (CompletableFuture<Void> acknowledgement : acknowledgements) {
            try {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            } catch (ExecutionException | TimeoutException e) {
                return acknowledged;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return acknowledged;
            }
        }
        return acknowledged;
    }

    private CompletableFuture<Void> send(Intro intro, PendingEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(intro.id()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(event.id())
                        .withType(event.type())
                        .withSubject(intro.id())
                        .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                        .build(),
                // the producer span, and the traceparent header, continue the trace of the transition's request
                TracingMetadata.withCurrent(TraceParent.restore(event.traceparent())));
        introEvents.send(Message.of(events.data(intro, event), metadata,
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }
}

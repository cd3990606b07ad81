package org.warmintro.contacts.outbox;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.warmintro.tracing.TraceParent;

/**
 * Publishes the outbox to {@code contacts.profiles.v1} in id order, and deletes exactly the events Kafka
 * acknowledged.
 *
 * <p>Ids are not commit order: an id is taken when a row is inserted, and a slower transaction (an import chunk of
 * 500 people) may commit lower ids after the relay read and published higher ones. Those events are published by the
 * next batch; deleting "everything up to the last id acknowledged" would remove them unsent, an erasure's tombstone
 * among them.
 *
 * <p>The events of one contact still reach the topic in the order of their versions: every change records its event
 * after it wrote the contact's row (a create, before anyone else can see the contact; an update or an erasure, holding
 * the row's lock, with the version it read checked), so the event of version n+1 is inserted only once the
 * transaction of version n has committed. Its id is higher, and a batch that sees it sees version n too unless that
 * was already published. Only one relay publishes at a time across all replicas (a PostgreSQL advisory lock held by
 * the batch transaction), and Kafka's idempotent producer keeps the order of the sends in a partition. Delivery is at
 * least once: after a failure the unacknowledged rest of the batch is sent again, and consumers ignore versions they
 * already have.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant shared by the replicas; "outbox" in ASCII. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    /** What a batch does once Kafka acknowledged it: delete its events and commit. */
    private static final Duration LAST_STEPS = Duration.ofSeconds(5);

    private final Emitter<String> profiles;
    private final EntityManager entityManager;
    private final ManagedExecutor executor;
    private final OutboxConfig config;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean morePending = new AtomicBoolean();
    private volatile boolean stopping;

    OutboxRelay(@Channel("contact-profiles") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> profiles, EntityManager entityManager, ManagedExecutor executor, OutboxConfig config) {
        this.profiles = profiles;
        this.entityManager = entityManager;
        this.executor = executor;
        this.config = config;
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventsRecorded recorded) {
        executor.execute(this::publishPending);
    }

    /** Catches what a wake-up missed: events of a replica that crashed, or of a time Kafka was away. */
    @Scheduled(every = "${contacts.outbox.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        publishPending();
    }

    /**
     * Publishes until the outbox is empty or Kafka stops acknowledging. A call while another is draining only asks
     * that one to look again, so a burst of commits costs one drain, not one each.
     */
    public void publishPending() {
        morePending.set(true);
        while (morePending.get() && !stopping && draining.tryLock()) {
            try {
                morePending.set(false);
                drain();
            } finally {
                draining.unlock();
            }
        }
    }

    private void drain() {
        BatchResult result;
        do {
            result = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (result == BatchResult.FULL && !stopping);
    }

    /**
     * On shutdown, before Kafka's producer and the database close: no drain starts any more, and one under way ends
     * after its batch, whose acknowledged events it deletes. The rest waits in the outbox for the next start.
     */
    void finishOnShutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        if (!draining.tryLock(config.acknowledgementTimeout().plus(LAST_STEPS).toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("The outbox relay did not end its batch in time for the shutdown; its events are sent again");
        }
    }

    private BatchResult publishBatch() {
        Boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK).getSingleResult();
        if (!leader) {
            return BatchResult.NOT_LEADER;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("order by id").page(0, config.batchSize()).list();
        if (batch.isEmpty()) {
            return BatchResult.PARTIAL;
        }
        List<CompletableFuture<Void>> acknowledgements = batch.stream().map(this::send).toList();
        int acknowledged = countAcknowledgedPrefix(acknowledgements);
        if (acknowledged > 0) {
            OutboxEvent.delete("id in ?1", batch.subList(0, acknowledged).stream().map(event -> event.id).toList());
        }
        if (acknowledged < batch.size()) {
            LOG.warnf("Kafka acknowledged %d of %d outbox events; the rest will be sent again", acknowledged,
                    batch.size());
            return BatchResult.FAILED;
        }
        return batch.size() == config.batchSize() ? BatchResult.FULL : BatchResult.PARTIAL;
    }

    /**
     * Counts the acknowledgements in order and stops at the first failure: deleting an acknowledged event that
     * follows an unacknowledged one could publish an older snapshot after a newer one, or after a tombstone.
     */
    private int countAcknowledgedPrefix(List<CompletableFuture<Void>> acknowledgements) {
        long deadline = System.nanoTime() + config.acknowledgementTimeout().toNanos();
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

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        String key = event.aggregateId.toString();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId.toString())
                        .withType(event.eventType)
                        .withSubject(key)
                        .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                        .build(),
                // the producer span, and the traceparent header, continue the trace of the request that recorded it
                TracingMetadata.withCurrent(TraceParent.restore(event.traceparent)));
        profiles.send(Message.of(event.payload, metadata,
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

    private enum BatchResult {
        /** A whole batch went out: there may be more. */
        FULL,
        /** The outbox is empty now. */
        PARTIAL,
        /** Kafka did not acknowledge everything: try again at the next sweep. */
        FAILED,
        /** Another replica is publishing. */
        NOT_LEADER
    }
}

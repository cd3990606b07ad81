package org.warmintro.contacts.outbox;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.warmintro.outbox.OutboxBatch;
import org.warmintro.outbox.OutboxMessage;
import org.warmintro.outbox.OutboxStorage;

/**
 * The outbox of {@code contacts.profiles.v1} in PostgreSQL, read in id order; the relay deletes exactly the events
 * Kafka acknowledged.
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
 * the round's transaction), and Kafka's idempotent producer keeps the order of the sends in a partition.
 */
@ApplicationScoped
class OutboxTable implements OutboxStorage<OutboxEvent> {

    /** Any constant shared by the replicas; "outbox" in ASCII. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final EntityManager entityManager;

    OutboxTable(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T> Optional<T> exclusively(Supplier<T> round) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            return leader ? Optional.of(round.get()) : Optional.<T>empty();
        });
    }

    @Override
    public OutboxBatch<OutboxEvent> read(int limit) {
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("order by id").page(0, limit).list();
        return new OutboxBatch<>(batch, batch.size() == limit);
    }

    @Override
    public OutboxMessage message(OutboxEvent event) {
        String contactId = event.aggregateId.toString();
        return new OutboxMessage(contactId, event.eventId.toString(), event.eventType, contactId, event.occurredAt,
                event.traceparent, event.payload);
    }

    @Override
    public void markSent(List<OutboxEvent> sent) {
        OutboxEvent.delete("id in ?1", sent.stream().map(event -> event.id).toList());
    }
}

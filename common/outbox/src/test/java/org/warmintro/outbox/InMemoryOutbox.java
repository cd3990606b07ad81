package org.warmintro.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** An outbox kept in a list, in the order events were stored, with the hooks the tests of the relay need. */
final class InMemoryOutbox implements OutboxStorage<InMemoryOutbox.Stored> {

    record Stored(long id, String key) {
    }

    private final List<Stored> waiting = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private long nextId = 1;
    private boolean anotherReplicaPublishes;
    private Runnable whileReading = () -> {
    };

    synchronized Stored store(String key) {
        Stored event = new Stored(nextId++, key);
        waiting.add(event);
        return event;
    }

    synchronized List<Stored> waiting() {
        return List.copyOf(waiting);
    }

    int reads() {
        return reads.get();
    }

    void anotherReplicaPublishes() {
        anotherReplicaPublishes = true;
    }

    /** Runs inside the next reads, after they took their events: to block one, or to fail it. */
    void whileReading(Runnable hook) {
        whileReading = hook;
    }

    @Override
    public <T> Optional<T> exclusively(Supplier<T> round) {
        return anotherReplicaPublishes ? Optional.empty() : Optional.of(round.get());
    }

    @Override
    public OutboxBatch<Stored> read(int limit) {
        reads.incrementAndGet();
        List<Stored> batch;
        synchronized (this) {
            batch = waiting.stream().limit(limit).toList();
        }
        whileReading.run();
        return new OutboxBatch<>(batch, batch.size() == limit);
    }

    @Override
    public OutboxMessage message(Stored event) {
        return new OutboxMessage(event.key(), "event-" + event.id(), "test.stored.v1", event.key(),
                Instant.EPOCH.plusSeconds(event.id()), null, "{\"id\":" + event.id() + "}");
    }

    @Override
    public synchronized void markSent(List<Stored> sent) {
        waiting.removeAll(sent);
    }
}

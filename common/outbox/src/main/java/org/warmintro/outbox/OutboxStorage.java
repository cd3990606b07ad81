package org.warmintro.outbox;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a service keeps its events until Kafka has them: a table, fields of a document, rows of another kind. The
 * {@link Relay} reads a batch, publishes it and marks what was acknowledged, all inside {@link #exclusively}.
 *
 * @param <E> an event as the storage holds it
 */
public interface OutboxStorage<E> {

    /**
     * Runs one round of the relay (a read, the sending, the marking) the way this storage needs it: in a transaction,
     * under a lock that lets one replica publish at a time. Empty, without running it, when another process
     * publishes now; it will publish these events too.
     */
    default <T> Optional<T> exclusively(Supplier<T> round) {
        return Optional.of(round.get());
    }

    /** At most {@code limit} of the events waiting, the older first within each key. */
    OutboxBatch<E> read(int limit);

    /** The event as it goes to Kafka. */
    OutboxMessage message(E event);

    /** Kafka acknowledged these events: they must never be read again. Only those, however many were read. */
    void markSent(List<E> sent);
}

package org.warmintro.outbox;

import java.util.List;

/**
 * The events a storage read for one round of the relay, in the order they must be published within each key.
 *
 * @param full whether the read reached its limit, so that more may be waiting
 */
public record OutboxBatch<E>(List<E> events, boolean full) {

    public OutboxBatch {
        events = List.copyOf(events);
    }
}

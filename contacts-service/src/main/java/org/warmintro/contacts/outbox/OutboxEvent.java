package org.warmintro.contacts.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting in the outbox for the relay to publish it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /**
     * Publication order. Ids are taken at insert, not at commit, so across aggregates a lower id may commit later;
     * for one aggregate they follow its versions (see {@link OutboxTable}).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public UUID aggregateId;

    /** The JSON data of the event; null for a tombstone. */
    @Column(updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** The W3C traceparent of the request that recorded the event; null outside any trace. */
    @Column(updatable = false)
    public String traceparent;
}

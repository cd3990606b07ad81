package org.warmintro.contacts.interaction;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One moment of a relationship: a meeting, a message, a call, a favour. */
@Entity
@Table(name = "interaction")
public class Interaction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public InteractionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Direction direction;

    @Column(updatable = false)
    public String summary;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}

package org.warmintro.contacts.note;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A comment the member wrote on a contact card, found again by searching the network. */
@Entity
@Table(name = "contact_note")
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}

package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An email the service decided to send, and how far its delivery got. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "recipient", nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    public RecipientRole recipientRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "template", nullable = false)
    public NotificationTemplate template;

    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "intro_id", nullable = false)
    public UUID introId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public NotificationStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When the outcome reached notifications.deliveries.v1; null until then, so that a replay publishes it again. */
    @Column(name = "outcome_published_at")
    public Instant outcomePublishedAt;
}

package org.warmintro.notification.digest;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a connector's next digest; {@link #notificationId} is set once a digest carries it. */
@Entity
@Table(name = "digest_item")
public class DigestItem extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "intro_id", nullable = false)
    public UUID introId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public DigestItemKind kind;

    @Column(name = "connector_name", nullable = false)
    public String connectorName;

    /** The name to greet the connector by; null in lines recorded before it was kept. */
    @Column(name = "connector_given_name")
    public String connectorGivenName;

    @Column(name = "connector_email", nullable = false)
    public String connectorEmail;

    @Column(name = "connector_locale")
    public String connectorLocale;

    @Column(name = "connector_time_zone")
    public String connectorTimeZone;

    /** Null once the seeker was erased. */
    @Column(name = "seeker_name")
    public String seekerName;

    /** Null once the target was erased. */
    @Column(name = "target_name")
    public String targetName;

    @Column(name = "role_title")
    public String roleTitle;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "notification_id")
    public UUID notificationId;

    /** For the templates, which read a flag more plainly than an enum comparison. */
    public boolean suggested() {
        return kind == DigestItemKind.SUGGESTED;
    }
}

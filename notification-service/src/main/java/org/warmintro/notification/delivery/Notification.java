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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @Column(name = "failed_at")
    public Instant failedAt;

    /** The IANA zone of the recipient, for their quiet hours; null when the event gave none. */
    @Column(name = "recipient_time_zone")
    public String recipientTimeZone;

    @Column(name = "suppressed_at")
    public Instant suppressedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "suppression_reason")
    public SuppressionReason suppressionReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "envelope")
    public Envelope envelope;

    @Column(name = "subject")
    public String subject;

    @Column(name = "text_body")
    public String textBody;

    @Column(name = "html_body")
    public String htmlBody;

    /**
     * The target's opt-in link, which the bodies hold as a placeholder ({@link SecretLinks}): only the email to the
     * target carries it, and no API returns it. Forgotten once the email's outcome is published.
     */
    @Column(name = "opt_in_url")
    public String optInUrl;

    /** Attempts to hand the email to the SMTP server that came to an end, sent or failed. */
    @Column(name = "attempts", nullable = false)
    public int attempts;

    /**
     * When a pending notification is due: at once, after a backoff, or when the recipient is ready for it; while a
     * dispatcher holds it, when its lease ends.
     */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The token of the lease a dispatcher holds on it; null once that dispatcher recorded what became of it. */
    @Column(name = "lease_token")
    public UUID leaseToken;

    /** Why the last attempt failed, for operators; it may quote addresses, so it is stored but never logged. */
    @Column(name = "last_error")
    public String lastError;

    /** The digest of held mail that carries this email, once it was held beyond its recipient's cap. */
    @Column(name = "digest_id")
    public UUID digestId;

    /** The recipient's language tag, for a digest of held mail written to them; null when the event gave none. */
    @Column(name = "recipient_locale")
    public String recipientLocale;

    /** When the outcome reached notifications.deliveries.v1; null until then, so that a replay publishes it again. */
    @Column(name = "outcome_published_at")
    public Instant outcomePublishedAt;

    /** The W3C traceparent of the event that asked for the email; null outside any trace. */
    @Column(name = "traceparent")
    public String traceparent;
}

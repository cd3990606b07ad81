package org.warmintro.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationDispatcher;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationRequest;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.RecipientRole;
import org.warmintro.notification.delivery.SecretLinks;
import org.warmintro.notification.delivery.SuppressionReason;

/**
 * Gathers what connectors hear of in batches, and turns each member's batch into one digest, at most one per period.
 * A digest is a notification like any other: the dispatcher sends it, with the etiquette and retries of all emails.
 */
@ApplicationScoped
public class ConnectorDigests {

    private static final Logger LOG = Logger.getLogger(ConnectorDigests.class);

    private final EntityManager entityManager;
    private final NotificationRepository notifications;
    private final NotificationDispatcher dispatcher;
    private final ConnectorDigestMail mail;
    private final DigestConfig config;
    private final Clock clock;

    ConnectorDigests(EntityManager entityManager, NotificationRepository notifications,
            NotificationDispatcher dispatcher, ConnectorDigestMail mail, DigestConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.mail = mail;
        this.config = config;
        this.clock = clock;
    }

    /** Adds a line to the member's next digest; the same event twice adds it once. */
    @Transactional
    public void add(DigestEntry entry) {
        entityManager.createNativeQuery("""
                insert into digest_item (event_id, member_id, intro_id, kind, connector_name, connector_given_name,
                    connector_email, connector_locale, connector_time_zone, seeker_name, target_name, role_title,
                    occurred_at, recorded_at)
                values (:eventId, :memberId, :introId, :kind, :connectorName, :connectorGivenName,
                    :connectorEmail, :connectorLocale, :connectorTimeZone, :seekerName, :targetName, :roleTitle,
                    :occurredAt, :recordedAt)
                on conflict (event_id) do nothing
                """)
                .setParameter("eventId", entry.eventId())
                .setParameter("memberId", entry.memberId())
                .setParameter("introId", entry.introId())
                .setParameter("kind", entry.kind().name())
                .setParameter("connectorName", entry.connectorName())
                .setParameter("connectorGivenName", entry.connectorGivenName())
                .setParameter("connectorEmail", entry.connectorEmail())
                .setParameter("connectorLocale", entry.connectorLocale())
                .setParameter("connectorTimeZone", entry.connectorTimeZone())
                .setParameter("seekerName", entry.seekerName())
                .setParameter("targetName", entry.targetName())
                .setParameter("roleTitle", entry.roleTitle())
                .setParameter("occurredAt", entry.occurredAt())
                .setParameter("recordedAt", now())
                .executeUpdate();
    }

    @Scheduled(every = "${notification.digest.check-interval}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void composeDue() {
        Instant now = now();
        List<String> members = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                select distinct i.memberId from DigestItem i
                where i.notificationId is null and i.recordedAt <= :gathered
                """, String.class)
                .setParameter("gathered", now.minus(config.gatherTime()))
                .getResultList());
        for (String memberId : members) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> compose(memberId, now))) {
                    dispatcher.wakeUp();
                }
            } catch (RuntimeException e) {
                // one member's digest that cannot be composed holds back no one else's; it is tried again next time
                LOG.warnf("The digest of member %s could not be composed (%s)", memberId,
                        e.getClass().getSimpleName());
                LOG.debug("Connector digest failure", e);
            }
        }
    }

    /** @return whether a digest was recorded */
    private boolean compose(String memberId, Instant now) {
        Instant lastDigest = entityManager.createQuery("""
                select max(n.createdAt) from Notification n where n.memberId = :memberId and n.template = :digest
                """, Instant.class)
                .setParameter("memberId", memberId)
                .setParameter("digest", NotificationTemplate.CONNECTOR_DIGEST)
                .getSingleResult();
        if (lastDigest != null && lastDigest.isAfter(now.minus(config.period()))) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<DigestItem> items = entityManager.createNativeQuery("""
                select * from digest_item
                where member_id = :memberId and notification_id is null
                order by occurred_at, event_id
                for update skip locked
                """, DigestItem.class)
                .setParameter("memberId", memberId)
                .getResultList();
        if (items.isEmpty()) {
            return false;
        }
        DigestItem oldest = items.get(0);
        DigestItem newest = items.get(items.size() - 1);
        // derived from the first line, which no other digest can carry: the key of the notification keeps it single.
        // Its intro is that of the first line too, for the outcome events, which are keyed by intro.
        NotificationRequest request = new NotificationRequest("digest:" + oldest.eventId, newest.connectorEmail,
                newest.connectorTimeZone, newest.connectorLocale, RecipientRole.CONNECTOR, NotificationTemplate.CONNECTOR_DIGEST, memberId, oldest.introId);
        Notification digest = notifications.record(request, id -> mail.render(items, SecretLinks.unsubscribe(id)), now);
        items.forEach(item -> item.notificationId = digest.id);
        LOG.infof("Digest notification %s gathers %d updates for member %s", digest.id, items.size(), memberId);
        return true;
    }

    /**
     * Takes the lines about an intro out of the digests that have not left: each is composed again from its other
     * lines, with the intro of its first, or suppressed for {@code reason} when none is left. Composed again rather
     * than suppressed whole, so that the connector still hears of the other intros.
     */
    @Transactional
    public void recomposeWithout(UUID introId, SuppressionReason reason, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> digestIds = entityManager.createNativeQuery("""
                select distinct n.id from notification n join digest_item i on i.notification_id = n.id
                where i.intro_id = :introId and n.status = 'PENDING'
                """, UUID.class)
                .setParameter("introId", introId)
                .getResultList();
        for (UUID digestId : digestIds) {
            Notification digest = notifications.findById(digestId, LockModeType.PESSIMISTIC_WRITE);
            if (digest.status != NotificationStatus.PENDING) {
                continue;
            }
            entityManager.createQuery("""
                    delete from DigestItem i where i.notificationId = :digestId and i.introId = :introId
                    """)
                    .setParameter("digestId", digestId)
                    .setParameter("introId", introId)
                    .executeUpdate();
            List<DigestItem> items = entityManager.createQuery("""
                    select i from DigestItem i where i.notificationId = :digestId order by i.occurredAt, i.eventId
                    """, DigestItem.class)
                    .setParameter("digestId", digestId)
                    .getResultList();
            if (items.isEmpty()) {
                digest.status = NotificationStatus.SUPPRESSED;
                digest.suppressedAt = now;
                digest.suppressionReason = reason;
                digest.nextAttemptAt = null;
                continue;
            }
            EmailContent content = mail.render(items, SecretLinks.unsubscribe(digestId));
            digest.introId = items.get(0).introId;
            digest.envelope = content.envelope();
            digest.subject = content.subject();
            digest.textBody = content.text();
            digest.htmlBody = content.html();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

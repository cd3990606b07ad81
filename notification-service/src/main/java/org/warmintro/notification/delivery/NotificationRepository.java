package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.warmintro.tracing.TraceParent;

/** Each method commits on its own: the state of a delivery must be durable before the next step is attempted. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Records the notification as pending and due unless the same event already asked for it, and returns the row
     * either way; the email is rendered, with the id of the new row, only for a new row. The insert is a no-op on conflict rather than a caught
     * constraint violation, which would mark the transaction for rollback.
     */
    @Transactional
    public Notification record(NotificationRequest request, Function<UUID, EmailContent> content, Instant now) {
        UUID id = UUID.randomUUID();
        getEntityManager().createNativeQuery("""
                insert into notification
                    (id, event_id, recipient, recipient_role, template, member_id, intro_id, status, created_at)
                values
                    (:id, :eventId, :recipient, :recipientRole, :template, :memberId, :introId, :status, :createdAt)
                on conflict (event_id, recipient, template) do nothing
                """)
                .setParameter("id", id)
                .setParameter("eventId", request.eventId())
                .setParameter("recipient", request.recipient())
                .setParameter("recipientRole", request.recipientRole().name())
                .setParameter("template", request.template().name())
                .setParameter("memberId", request.memberId())
                .setParameter("introId", request.introId())
                .setParameter("status", NotificationStatus.PENDING.name())
                .setParameter("createdAt", now)
                .executeUpdate();
        Notification notification = find("eventId = ?1 and recipient = ?2 and template = ?3",
                request.eventId(), request.recipient(), request.template())
                .singleResult();
        if (notification.id.equals(id)) {
            EmailContent email = content.apply(id);
            notification.recipientTimeZone = request.recipientTimeZone();
            notification.recipientLocale = request.recipientLocale();
            notification.envelope = email.envelope();
            notification.subject = email.subject();
            notification.textBody = email.text();
            notification.htmlBody = email.html();
            notification.optInUrl = email.optInUrl();
            notification.nextAttemptAt = now;
            notification.traceparent = TraceParent.current();
        }
        return notification;
    }

    /**
     * Takes the notification due first for one dispatcher: a row another dispatcher is taking is skipped, not waited
     * for, and the one taken is not due again before {@code leaseUntil}.
     */
    @Transactional
    public Optional<Lease> leaseNextDue(Instant now, Instant leaseUntil) {
        @SuppressWarnings("unchecked")
        List<UUID> due = getEntityManager().createNativeQuery("""
                select id from notification
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at
                limit 1
                for update skip locked
                """, UUID.class)
                .setParameter("now", now)
                .getResultList();
        return due.stream().findFirst().map(id -> {
            Lease lease = new Lease(id, UUID.randomUUID(), leaseUntil);
            update("nextAttemptAt = ?1, leaseToken = ?2 where id = ?3", leaseUntil, lease.token(), id);
            return lease;
        });
    }

    /** The emails to {@code address}, in To or Cc whatever its case, that have not left: pending or held. */
    @Transactional
    public List<Notification> unsentTo(String address) {
        @SuppressWarnings("unchecked")
        List<Notification> unsent = getEntityManager().createNativeQuery("""
                select * from notification n
                where n.status in ('PENDING', 'HELD')
                    and exists (
                        select 1 from jsonb_array_elements_text(coalesce(n.envelope -> 'to', cast('[]' as jsonb))
                            || coalesce(n.envelope -> 'cc', cast('[]' as jsonb))) as addressee(address)
                        where lower(addressee.address) = lower(:address))
                order by n.next_attempt_at, n.created_at
                """, Notification.class)
                .setParameter("address", address)
                .getResultList();
        return unsent;
    }

    /**
     * The opt-in links an email carries, by notification id: its own and, for a digest of held mail, those of the
     * emails it carries. Every notification it carries is a key, null for one without an opt-in link.
     */
    @Transactional
    public Map<UUID, String> optInUrlsCarriedBy(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, opt_in_url from notification where id = :id or digest_id = :id
                """)
                .setParameter("id", id)
                .getResultList();
        Map<UUID, String> optInUrls = new HashMap<>();
        rows.forEach(row -> optInUrls.put((UUID) row[0], (String) row[1]));
        return optInUrls;
    }

    /** What withdrawing an intro's unsent emails did. */
    public record Withdrawn(int suppressed, Set<UUID> heldMailDigests) {
    }

    /**
     * The emails of an intro that have not left, pending or held, are SUPPRESSED for {@code reason}. One that a digest
     * of held mail carries keeps its {@code digest_id} but is no longer held: the digest, composed again from what it
     * still holds, leaves without it. The digests themselves are not suppressed here: they carry other intros' emails.
     *
     * @return how many were suppressed, and the digests of held mail that carried some, to be composed again
     */
    @Transactional
    public Withdrawn suppressUnsentOf(UUID introId, SuppressionReason reason, Instant now) {
        // the digest a row is carried by as the update finds it, once a digest being composed let go of the row
        @SuppressWarnings("unchecked")
        List<UUID> carriers = getEntityManager().createNativeQuery("""
                with suppressed as (
                    update notification
                    set status = 'SUPPRESSED', suppressed_at = :now, suppression_reason = :reason,
                        next_attempt_at = null
                    where intro_id = :introId and status in ('PENDING', 'HELD')
                        and template not in ('CONNECTOR_DIGEST', 'HELD_MAIL_DIGEST')
                    returning digest_id
                )
                select digest_id from suppressed
                """, UUID.class)
                .setParameter("introId", introId)
                .setParameter("now", now)
                .setParameter("reason", reason.name())
                .getResultList();
        return new Withdrawn(carriers.size(),
                carriers.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
    }

    /** When the recipient got their emails since {@code since}, the earliest first; a digest counts once. */
    @Transactional
    public List<Instant> sentTimesSince(String recipient, Instant since) {
        return getEntityManager().createQuery("""
                select n.sentAt from Notification n
                where lower(n.recipient) = lower(:recipient) and n.status = :sent and n.sentAt > :since
                    and n.digestId is null
                order by n.sentAt
                """, Instant.class)
                .setParameter("recipient", recipient)
                .setParameter("sent", NotificationStatus.SENT)
                .setParameter("since", since)
                .getResultList();
    }

    /**
     * Waits, without counting an attempt, until the recipient may get it.
     *
     * @return false, and nothing written, when the lease is no longer the holder's (see {@link #endLease})
     */
    @Transactional
    public boolean defer(Lease lease, Instant until) {
        return recordUnderLease(lease, notification -> notification.nextAttemptAt = until);
    }

    /**
     * Beyond the recipient's cap: waits for their digest of held mail, composed once the cap is released.
     *
     * @return false, and nothing written, when the lease is no longer the holder's (see {@link #endLease})
     */
    @Transactional
    public boolean hold(Lease lease, Instant capReleasedAt) {
        return recordUnderLease(lease, notification -> {
            notification.status = NotificationStatus.HELD;
            notification.nextAttemptAt = capReleasedAt;
        });
    }

    /** @return false, and nothing written, when the lease is no longer the holder's (see {@link #endLease}) */
    @Transactional
    public boolean markSent(Lease lease, Instant sentAt) {
        return recordUnderLease(lease, notification -> {
            notification.status = NotificationStatus.SENT;
            notification.sentAt = sentAt;
            notification.attempts++;
            notification.nextAttemptAt = null;
            notification.lastError = null;
            settleHeldBy(notification);
        });
    }

    /**
     * Due again at {@code retryAt}, or FAILED when that was the last attempt allowed.
     *
     * @return the notification so marked; empty, and nothing written, when the lease is no longer the holder's (see
     *         {@link #endLease})
     */
    @Transactional
    public Optional<Notification> markAttemptFailed(Lease lease, String error, Instant now, int maxAttempts,
            Instant retryAt) {
        Optional<Notification> leased = endLease(lease);
        leased.ifPresent(notification -> {
            notification.attempts++;
            notification.lastError = error;
            if (notification.attempts >= maxAttempts) {
                notification.status = NotificationStatus.FAILED;
                notification.failedAt = now;
                notification.nextAttemptAt = null;
                settleHeldBy(notification);
            } else {
                notification.nextAttemptAt = retryAt;
            }
        });
        return leased;
    }

    /** @return false, and nothing written, when the lease is no longer the holder's (see {@link #endLease}) */
    @Transactional
    public boolean markSuppressed(Lease lease, Instant now) {
        return recordUnderLease(lease, notification -> {
            notification.status = NotificationStatus.SUPPRESSED;
            notification.suppressedAt = now;
            notification.suppressionReason = SuppressionReason.UNSUBSCRIBED;
            notification.nextAttemptAt = null;
            settleHeldBy(notification);
        });
    }

    /** Records what became of the notification, in {@code outcome}, if its lease is still the holder's. */
    private boolean recordUnderLease(Lease lease, Consumer<Notification> outcome) {
        Optional<Notification> leased = endLease(lease);
        leased.ifPresent(outcome);
        return leased.isPresent();
    }

    /**
     * Ends the lease, if the notification still carries its token and still waits to be sent, and returns the
     * notification for the caller to record what became of it in the same transaction. The update that checks both
     * locks the row until then, so an erasure or another dispatcher cannot come in between. Empty when the lease ran
     * out and another dispatcher took the notification over, or when the notification stopped waiting meanwhile (an
     * erasure suppressed it, say); nothing is written then.
     */
    private Optional<Notification> endLease(Lease lease) {
        int held = update("leaseToken = null where id = ?1 and leaseToken = ?2 and status = ?3",
                lease.notificationId(), lease.token(), NotificationStatus.PENDING);
        return held == 0 ? Optional.empty() : Optional.of(findById(lease.notificationId()));
    }

    /** The emails a digest of held mail carries share what became of it; their outcomes are published then. */
    private void settleHeldBy(Notification digest) {
        if (digest.template != NotificationTemplate.HELD_MAIL_DIGEST) {
            return;
        }
        update("""
                status = ?1, sentAt = ?2, failedAt = ?3, suppressedAt = ?4, suppressionReason = ?5, attempts = ?6,
                nextAttemptAt = null
                where digestId = ?7 and status = ?8
                """, digest.status, digest.sentAt, digest.failedAt, digest.suppressedAt, digest.suppressionReason,
                digest.attempts, digest.id, NotificationStatus.HELD);
    }

    /**
     * Takes the notifications whose outcome has not reached the broker yet, in the order the outcomes happened,
     * locked for the transaction so that another replica skips them; the caller publishes and marks them in that
     * transaction.
     */
    public List<Notification> lockUnpublishedOutcomes(int limit) {
        @SuppressWarnings("unchecked")
        List<Notification> unpublished = getEntityManager().createNativeQuery("""
                select * from notification
                where outcome_published_at is null and status <> 'PENDING' and status <> 'HELD'
                order by coalesce(sent_at, failed_at, suppressed_at)
                limit :limit
                for update skip locked
                """, Notification.class)
                .setParameter("limit", limit)
                .getResultList();
        return unpublished;
    }
}

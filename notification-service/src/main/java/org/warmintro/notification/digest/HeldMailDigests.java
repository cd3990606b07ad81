package org.warmintro.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
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
import org.warmintro.notification.delivery.SecretLinks;
import org.warmintro.notification.delivery.SuppressionReason;

/**
 * Puts the emails held beyond a recipient's cap into one digest of held mail, once the cap lets one more email
 * through. A digest carries the emails of one member only: the member who reads it in the API sees nothing another
 * member sent. It is a notification like any other: the dispatcher sends it with the etiquette and retries of all
 * emails, and what becomes of it becomes of the emails it carries.
 * <p>
 * The emails it carries keep their {@code digest_id}: a digest knows every intro it carries. Until it leaves, an
 * email withdrawn from it (its intro cancelled, a person it names erased) is suppressed, and the digest is composed
 * again from the emails it still holds, or suppressed when none is left. Composed again rather than suppressed
 * whole: the other emails are owed to their recipient, and a suppressed digest would take them along.
 */
@ApplicationScoped
public class HeldMailDigests {

    private static final Logger LOG = Logger.getLogger(HeldMailDigests.class);

    private final EntityManager entityManager;
    private final NotificationRepository notifications;
    private final NotificationDispatcher dispatcher;
    private final HeldMailDigestMail mail;
    private final Clock clock;

    HeldMailDigests(EntityManager entityManager, NotificationRepository notifications,
            NotificationDispatcher dispatcher, HeldMailDigestMail mail, Clock clock) {
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.mail = mail;
        this.clock = clock;
    }

    /** A recipient with held mail, and the member on whose behalf it was written. */
    private record Holder(String recipient, String memberId) {
    }

    @Scheduled(every = "${notification.digest.check-interval}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void composeDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Holder> holders = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                select distinct lower(n.recipient), n.memberId from Notification n
                where n.status = :held and n.digestId is null and n.nextAttemptAt <= :now
                """, Object[].class)
                .setParameter("held", NotificationStatus.HELD)
                .setParameter("now", now)
                .getResultStream()
                .map(row -> new Holder((String) row[0], (String) row[1]))
                .toList());
        for (Holder holder : holders) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> compose(holder, now))) {
                    dispatcher.wakeUp();
                }
            } catch (RuntimeException e) {
                // one recipient's mail that cannot be composed holds back no one else's; it is tried again next time
                LOG.warnf("The held mail of a recipient of member %s could not be composed into a digest (%s)",
                        holder.memberId(), e.getClass().getSimpleName());
                LOG.debug("Held mail digest failure", e);
            }
        }
    }

    /** @return whether a digest was recorded */
    private boolean compose(Holder holder, Instant now) {
        @SuppressWarnings("unchecked")
        List<Notification> held = entityManager.createNativeQuery("""
                select * from notification
                where status = 'HELD' and digest_id is null and lower(recipient) = :recipient and member_id = :memberId
                order by created_at, id
                for update skip locked
                """, Notification.class)
                .setParameter("recipient", holder.recipient())
                .setParameter("memberId", holder.memberId())
                .getResultList();
        if (held.isEmpty()) {
            return false;
        }
        Notification first = held.get(0);
        // keyed by the first email it carries, which no other digest can carry: a second run records nothing new
        NotificationRequest request = new NotificationRequest("held:" + first.id, first.recipient,
                first.recipientTimeZone, first.recipientLocale, first.recipientRole,
                NotificationTemplate.HELD_MAIL_DIGEST, holder.memberId(), first.introId);
        Notification digest = notifications.record(request,
                id -> mail.render(held, first.recipientLocale, SecretLinks.unsubscribe(id)), now);
        held.forEach(notification -> notification.digestId = digest.id);
        LOG.infof("Digest notification %s carries %d emails held beyond their recipient's cap", digest.id,
                held.size());
        return true;
    }

    /**
     * The digests that lost some of the emails they carried, before they left: each is composed again from the
     * emails still held for it, and the intro of its first one; one left with none is suppressed, for the reason its
     * emails were. A digest that left already is left as it is.
     */
    @Transactional
    public void recompose(Set<UUID> digestIds, SuppressionReason reason, Instant now) {
        for (UUID digestId : digestIds) {
            Notification digest = notifications.findById(digestId, LockModeType.PESSIMISTIC_WRITE);
            if (digest.status != NotificationStatus.PENDING) {
                continue;
            }
            List<Notification> held = notifications.find("digestId = ?1 and status = ?2",
                    Sort.by("createdAt").and("id"), digestId, NotificationStatus.HELD).list();
            if (held.isEmpty()) {
                digest.status = NotificationStatus.SUPPRESSED;
                digest.suppressedAt = now;
                digest.suppressionReason = reason;
                digest.nextAttemptAt = null;
                continue;
            }
            Notification first = held.get(0);
            EmailContent content = mail.render(held, first.recipientLocale, SecretLinks.unsubscribe(digestId));
            digest.introId = first.introId;
            digest.envelope = content.envelope();
            digest.subject = content.subject();
            digest.textBody = content.text();
            digest.htmlBody = content.html();
        }
    }
}

package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Each method commits on its own: the state of a delivery must be durable before the next step is attempted. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Records the notification as pending unless the same event already asked for it, and returns the row either
     * way. The insert is a no-op on conflict rather than a caught constraint violation, which would mark the
     * transaction for rollback.
     */
    @Transactional
    public Notification claim(NotificationRequest request, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into notification
                    (id, event_id, recipient, recipient_role, template, member_id, intro_id, status, created_at)
                values
                    (:id, :eventId, :recipient, :recipientRole, :template, :memberId, :introId, :status, :createdAt)
                on conflict (event_id, recipient, template) do nothing
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("eventId", request.eventId())
                .setParameter("recipient", request.recipient())
                .setParameter("recipientRole", request.recipientRole().name())
                .setParameter("template", request.template().name())
                .setParameter("memberId", request.memberId())
                .setParameter("introId", request.introId())
                .setParameter("status", NotificationStatus.PENDING.name())
                .setParameter("createdAt", now)
                .executeUpdate();
        return find("eventId = ?1 and recipient = ?2 and template = ?3",
                request.eventId(), request.recipient(), request.template())
                .singleResult();
    }

    @Transactional
    public Notification markSent(UUID id, Instant sentAt) {
        Notification notification = findById(id);
        notification.status = NotificationStatus.SENT;
        notification.sentAt = sentAt;
        return notification;
    }

    @Transactional
    public void markOutcomePublished(UUID id, Instant publishedAt) {
        findById(id).outcomePublishedAt = publishedAt;
    }
}

package org.warmintro.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.RecipientRole;

/**
 * A notification as its member sees it: what was sent about which intro, to whom by role, and how far it got. The
 * addresses stay out; the preview shows the email itself.
 *
 * @param nextAttemptAt when a pending notification is due: now, after a retry's wait, or when its recipient may get it
 */
public record NotificationView(
        UUID id,
        UUID introId,
        NotificationTemplate template,
        RecipientRole recipientRole,
        NotificationStatus status,
        String subject,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant failedAt,
        Instant suppressedAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id, notification.introId, notification.template,
                notification.recipientRole, notification.status, notification.subject, notification.attempts,
                notification.createdAt, notification.nextAttemptAt, notification.sentAt, notification.failedAt,
                notification.suppressedAt);
    }
}

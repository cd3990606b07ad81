package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** The data of the events on notifications.deliveries.v1. */
public record DeliveryOutcome(
        UUID notificationId,
        UUID introId,
        String memberId,
        NotificationTemplate template,
        RecipientRole recipientRole,
        NotificationStatus status,
        Instant occurredAt) {

    static DeliveryOutcome sent(Notification notification) {
        return new DeliveryOutcome(notification.id, notification.introId, notification.memberId,
                notification.template, notification.recipientRole, NotificationStatus.SENT, notification.sentAt);
    }
}

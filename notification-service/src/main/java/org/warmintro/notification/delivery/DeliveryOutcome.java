package org.warmintro.notification.delivery;

import java.time.Instant;

import org.warmintro.contracts.EventType;
import org.warmintro.contracts.notification.NotificationFailed;
import org.warmintro.contracts.notification.NotificationSent;
import org.warmintro.contracts.notification.NotificationStatus;
import org.warmintro.contracts.notification.NotificationSuppressed;
import org.warmintro.contracts.notification.SuppressionReason;

/**
 * What became of a notification, as an event on notifications.deliveries.v1; addresses and bodies are never part of
 * it.
 *
 * @param data the record of {@code type}'s data
 */
record DeliveryOutcome(EventType type, Instant occurredAt, Object data) {

    static DeliveryOutcome of(Notification notification) {
        String id = notification.id.toString();
        String template = notification.template.name();
        org.warmintro.contracts.notification.RecipientRole role =
                org.warmintro.contracts.notification.RecipientRole.valueOf(notification.recipientRole.name());
        return switch (notification.status) {
            case SENT -> new DeliveryOutcome(EventType.NOTIFICATION_SENT, notification.sentAt,
                    new NotificationSent(id, notification.introId, notification.memberId, template, role,
                            NotificationStatus.SENT, notification.attempts, notification.sentAt));
            case FAILED -> new DeliveryOutcome(EventType.NOTIFICATION_FAILED, notification.failedAt,
                    new NotificationFailed(id, notification.introId, notification.memberId, template, role,
                            NotificationStatus.FAILED, notification.attempts, notification.failedAt));
            case SUPPRESSED -> new DeliveryOutcome(EventType.NOTIFICATION_SUPPRESSED, notification.suppressedAt,
                    new NotificationSuppressed(id, notification.introId, notification.memberId, template, role,
                            NotificationStatus.SUPPRESSED, notification.attempts, notification.suppressedAt,
                            notification.suppressionReason == null ? null
                                    : SuppressionReason.valueOf(notification.suppressionReason.name())));
            case PENDING, HELD -> throw new IllegalArgumentException(
                    "notification " + notification.id + " has no outcome yet");
        };
    }
}

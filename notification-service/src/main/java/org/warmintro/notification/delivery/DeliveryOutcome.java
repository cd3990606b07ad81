package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of the events on notifications.deliveries.v1; addresses and bodies are never part of it.
 *
 * @param attempts how many times the email was handed to the SMTP server
 * @param reason   why a suppressed email was not sent; absent from the other outcomes
 */
public record DeliveryOutcome(
        UUID notificationId,
        UUID introId,
        String memberId,
        NotificationTemplate template,
        RecipientRole recipientRole,
        NotificationStatus status,
        int attempts,
        Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) SuppressionReason reason) {

    static DeliveryOutcome of(Notification notification) {
        Instant occurredAt = switch (notification.status) {
            case SENT -> notification.sentAt;
            case FAILED -> notification.failedAt;
            case SUPPRESSED -> notification.suppressedAt;
            case PENDING, HELD -> throw new IllegalArgumentException(
                    "notification " + notification.id + " has no outcome yet");
        };
        return new DeliveryOutcome(notification.id, notification.introId, notification.memberId,
                notification.template, notification.recipientRole, notification.status, notification.attempts,
                occurredAt, notification.suppressionReason);
    }

    /** The CloudEvent type that carries this outcome. */
    String type() {
        return "notification." + status.name().toLowerCase(Locale.ROOT) + ".v1";
    }
}

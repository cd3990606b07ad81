package org.warmintro.contracts.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code notification.sent.v1}: an email of an intro was accepted by the SMTP server.
 * Addresses and bodies are never part of it.
 *
 * @param memberId the connector's member id
 * @param template the email's template, e.g. DOUBLE_INTRO
 * @param status   always {@link NotificationStatus#SENT}
 * @param attempts how many times the email was handed to the SMTP server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSent(String notificationId, UUID introId, String memberId, String template,
        RecipientRole recipientRole, NotificationStatus status, int attempts, Instant occurredAt) {

    public NotificationSent {
        Objects.requireNonNull(notificationId, "no notificationId");
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(template, "no template");
        Objects.requireNonNull(recipientRole, "no recipientRole");
        Objects.requireNonNull(status, "no status");
        Objects.requireNonNull(occurredAt, "no occurredAt");
    }
}

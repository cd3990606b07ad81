package org.warmintro.contracts.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code notification.failed.v1}: an email of an intro was given up on: the SMTP server refused it or was away at every attempt.
 * Addresses and bodies are never part of it.
 *
 * @param memberId the connector's member id
 * @param template the email's template, e.g. DOUBLE_INTRO
 * @param status   always {@link NotificationStatus#FAILED}
 * @param attempts how many times the email was handed to the SMTP server
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationFailed(String notificationId, UUID introId, String memberId, String template,
        RecipientRole recipientRole, NotificationStatus status, int attempts, Instant occurredAt) {

    public NotificationFailed {
        Objects.requireNonNull(notificationId, "no notificationId");
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(template, "no template");
        Objects.requireNonNull(recipientRole, "no recipientRole");
        Objects.requireNonNull(status, "no status");
        Objects.requireNonNull(occurredAt, "no occurredAt");
    }
}

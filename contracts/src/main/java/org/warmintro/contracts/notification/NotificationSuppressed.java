package org.warmintro.contracts.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of {@code notification.suppressed.v1}: an email of an intro was not sent. Addresses and bodies are never
 * part of it.
 *
 * @param memberId the connector's member id
 * @param template the email's template, e.g. DOUBLE_INTRO
 * @param status   always {@link NotificationStatus#SUPPRESSED}
 * @param attempts how many times the email was handed to the SMTP server before
 * @param reason   why it was not sent; null in events published before the field existed, which were all
 *                 {@link SuppressionReason#UNSUBSCRIBED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSuppressed(String notificationId, UUID introId, String memberId, String template,
        RecipientRole recipientRole, NotificationStatus status, int attempts, Instant occurredAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) SuppressionReason reason) {

    public NotificationSuppressed {
        Objects.requireNonNull(notificationId, "no notificationId");
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(template, "no template");
        Objects.requireNonNull(recipientRole, "no recipientRole");
        Objects.requireNonNull(status, "no status");
        Objects.requireNonNull(occurredAt, "no occurredAt");
    }
}

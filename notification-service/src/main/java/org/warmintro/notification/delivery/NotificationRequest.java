package org.warmintro.notification.delivery;

import java.util.UUID;

/**
 * An email that an event calls for. {@code eventId}, {@code recipient} and {@code template} identify it: the same
 * three never produce a second email.
 *
 * @param recipientTimeZone the recipient's IANA time zone, for their quiet hours; null if unknown
 * @param recipientLocale   the recipient's language tag; null if unknown
 * @param memberId          the member on whose behalf the email is sent (the connector of the intro)
 */
public record NotificationRequest(
        String eventId,
        String recipient,
        String recipientTimeZone,
        String recipientLocale,
        RecipientRole recipientRole,
        NotificationTemplate template,
        String memberId,
        UUID introId) {
}

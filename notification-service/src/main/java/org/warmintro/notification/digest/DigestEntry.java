package org.warmintro.notification.digest;

import java.time.Instant;
import java.util.UUID;

/**
 * What an intro event adds to its connector's next digest.
 *
 * @param eventId the event that reported it: the same event twice adds one line
 */
public record DigestEntry(
        String eventId,
        DigestItemKind kind,
        String memberId,
        UUID introId,
        String connectorName,
        String connectorGivenName,
        String connectorEmail,
        String connectorLocale,
        String connectorTimeZone,
        String seekerName,
        String targetName,
        String roleTitle,
        Instant occurredAt) {
}

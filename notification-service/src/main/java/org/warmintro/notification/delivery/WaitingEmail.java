package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * An email that has not left, as an operator sees it: which one, and until when and why it waits; never its body,
 * whose links are for its recipients alone.
 *
 * @param dueAt    when it leaves, or its digest is composed, at the earliest
 * @param timeZone the time zone of its recipient's quiet hours: the one their intro gave, or the default
 */
public record WaitingEmail(
        UUID id,
        UUID introId,
        NotificationTemplate template,
        RecipientRole recipientRole,
        NotificationStatus status,
        String subject,
        int attempts,
        Instant createdAt,
        Instant dueAt,
        String timeZone,
        WaitReason waitsFor) {
}

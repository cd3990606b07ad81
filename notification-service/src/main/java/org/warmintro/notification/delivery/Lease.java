package org.warmintro.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A dispatcher's hold on one notification until {@code until}. The token is new with each lease: what the holder
 * writes under it applies only while the notification still carries it.
 */
public record Lease(UUID notificationId, UUID token, Instant until) {

    /** Whether the lease still runs at {@code instant}, by the clock of the dispatcher that holds it. */
    boolean runsAt(Instant instant) {
        return instant.isBefore(until);
    }
}

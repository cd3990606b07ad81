package org.warmintro.notification.delivery;

public enum NotificationStatus {
    /**
     * Recorded, waiting for its due time or for the dispatcher; a notification that was being sent when the service
     * stopped stays pending and is sent again, with the same Message-ID.
     */
    PENDING,
    /**
     * Beyond its recipient's cap: it waits for the recipient's next digest of held mail, and becomes SENT, FAILED or
     * SUPPRESSED with that digest.
     */
    HELD,
    SENT,
    /** The SMTP server refused it or was away at every attempt. */
    FAILED,
    /**
     * Not sent: a recipient had unsubscribed by the time it was due, a person it names was erased, or the connector
     * cancelled its intro before it left ({@link SuppressionReason}).
     */
    SUPPRESSED
}

package org.warmintro.contracts.notification;

/** What became of an email; each value has its own event type. */
public enum NotificationStatus {
    SENT, FAILED, SUPPRESSED
}

package org.warmintro.notification.delivery;

public enum NotificationStatus {
    /** Recorded before the email leaves: a row left pending after a crash means the email may or may not be out. */
    PENDING,
    SENT
}

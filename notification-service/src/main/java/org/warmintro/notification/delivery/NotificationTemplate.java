package org.warmintro.notification.delivery;

/** Which email a notification is; part of the key that makes every email go out once per event and recipient. */
public enum NotificationTemplate {
    /** Asks the hiring contact whether they want to be introduced to a seeker. */
    OPT_IN_REQUEST
}

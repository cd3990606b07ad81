package org.warmintro.notification.delivery;

/** The part the recipient plays in the intro. */
public enum RecipientRole {
    /** The hiring contact the seeker would be introduced to. */
    TARGET,
    /** The member who knows both and asked for the intro. */
    CONNECTOR
}

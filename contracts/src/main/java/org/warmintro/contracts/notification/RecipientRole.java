package org.warmintro.contracts.notification;

/** The part the recipient of an email plays in the intro. */
public enum RecipientRole {
    CONNECTOR, SEEKER, TARGET
}

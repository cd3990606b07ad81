package org.warmintro.contracts.notification;

/** Why an email was not sent. */
public enum SuppressionReason {
    /** Its recipient asked for no more email. */
    UNSUBSCRIBED,
    /** A person it names asked to be forgotten before it left. */
    ERASED,
    /** The connector withdrew the intro before it left. */
    CANCELLED
}

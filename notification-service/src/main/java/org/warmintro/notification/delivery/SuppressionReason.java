package org.warmintro.notification.delivery;

/** Why a notification was not sent; part of the {@code notification.suppressed.v1} event. */
public enum SuppressionReason {
    /** A recipient asked for no more email. */
    UNSUBSCRIBED,
    /** A person the email names asked to be forgotten before it left. */
    ERASED,
    /** The connector withdrew the intro before the email left. */
    CANCELLED
}

package org.warmintro.notification.delivery;

/** Why an email that has not left is not leaving now. */
public enum WaitReason {
    /** Nothing holds it: a dispatcher takes it at its next run, or is sending it. */
    NOTHING,
    /** Its recipient's quiet hours: it leaves when they end, in the recipient's time zone. */
    QUIET_HOURS,
    /** Its recipient had as many emails in the cap's window as they may: it leaves once one is out of it. */
    CAP,
    /** An attempt to send it failed: the next one is due then. */
    RETRY,
    /** Held beyond its recipient's cap: it goes in their next digest of held mail, composed then. */
    DIGEST
}

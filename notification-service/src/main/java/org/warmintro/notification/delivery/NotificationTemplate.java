package org.warmintro.notification.delivery;

/** Which email a notification is; part of the key that makes every email go out once per event and recipient. */
public enum NotificationTemplate {
    /** Asks the hiring contact whether they want to be introduced to a seeker. */
    OPT_IN_REQUEST(true, true),
    /** Reminds the hiring contact, once, of an opt-in request they have not answered. */
    OPT_IN_REMINDER(true, true),
    /**
     * Introduces seeker and target to each other, the connector in copy. referral-service marks the intro introduced
     * when this one is sent: the name is part of the contract.
     * <p>
     * It offers no unsubscribe link: one email goes to three people, so a link in it could only unsubscribe one of
     * them on behalf of all; and it is the email both people asked for by saying yes.
     */
    DOUBLE_INTRO(false, false),
    /** Tells the connector that the hiring contact declined. */
    DECLINED_NOTE(true, true),
    /** Tells the connector, in one email per period, of new suggestions and of intros that expired. */
    CONNECTOR_DIGEST(true, false),
    /** The emails held back by a recipient's cap, together in one when the cap lets one more through. */
    HELD_MAIL_DIGEST(true, false);

    private final boolean offersUnsubscribe;
    private final boolean joinsDigestOverCap;

    NotificationTemplate(boolean offersUnsubscribe, boolean joinsDigestOverCap) {
        this.offersUnsubscribe = offersUnsubscribe;
        this.joinsDigestOverCap = joinsDigestOverCap;
    }

    /**
     * Whether, beyond its recipient's cap, the email is held for their next digest of held mail rather than waiting
     * on its own. The double intro waits on its own: it goes to three people at once, not to one recipient's digest;
     * a digest is never put into another.
     */
    public boolean joinsDigestOverCap() {
        return joinsDigestOverCap;
    }

    /** Whether the email carries a List-Unsubscribe header and a link for its one recipient. */
    public boolean offersUnsubscribe() {
        return offersUnsubscribe;
    }
}

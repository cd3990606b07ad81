package org.warmintro.notification.delivery;

/** Renders and sends one email, blocking until the SMTP server accepted it. */
@FunctionalInterface
public interface EmailSender {

    /** @param messageId the Message-ID header to give the email, fixed by the delivery for a resend to reuse */
    void send(String messageId);
}

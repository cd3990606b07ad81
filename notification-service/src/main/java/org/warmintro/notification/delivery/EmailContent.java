package org.warmintro.notification.delivery;

/**
 * An email as it will leave, rendered when the event asked for it: what is sent later, after a retry or a wait, is
 * what the event described, and what the preview shows.
 */
public record EmailContent(Envelope envelope, String subject, String text, String html) {
}

package org.warmintro.notification.delivery;

/**
 * An email as it will leave, rendered when the event asked for it: what is sent later, after a retry or a wait, is
 * what the event described, and what the preview shows. Its bodies hold the {@link SecretLinks} as placeholders,
 * filled in only when it is sent.
 *
 * @param optInUrl the target's opt-in link, for the placeholder of an opt-in request or reminder; null for the others
 */
public record EmailContent(Envelope envelope, String subject, String text, String html, String optInUrl) {

    public EmailContent withOptInUrl(String url) {
        return new EmailContent(envelope, subject, text, html, url);
    }
}

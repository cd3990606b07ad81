package org.warmintro.notification.mail;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Envelope;

/** Renders the plain text and HTML variants of an email template, as the mailer would when sending. */
public final class MailRendering {

    private MailRendering() {
    }

    /**
     * @param template a template with a {@code .txt} and an {@code .html} variant
     * @param subject  kept to one line, whatever the names in it hold
     */
    public static EmailContent render(TemplateInstance template, Locale locale, Envelope envelope, String subject) {
        template.setAttribute(TemplateInstance.LOCALE, locale);
        return new EmailContent(envelope, MailHeaders.singleLine(subject),
                variant(template, Variant.TEXT_PLAIN), variant(template, Variant.TEXT_HTML), null);
    }

    private static String variant(TemplateInstance template, String contentType) {
        @SuppressWarnings("unchecked")
        List<Variant> variants = (List<Variant>) template.getAttribute(TemplateInstance.VARIANTS);
        Variant variant = variants.stream()
                .filter(candidate -> contentType.equals(candidate.getContentType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the email template has no " + contentType + " variant"));
        return template.setVariant(variant).render();
    }
}

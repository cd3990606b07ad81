package org.warmintro.notification.digest;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Envelope;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.mail.MailLocales;
import org.warmintro.notification.mail.MailRendering;

/**
 * One email that carries, each under its own subject, the emails held beyond their recipient's cap. Their bodies
 * come with the placeholders of their secret links, which the dispatcher fills in for each of them when the digest
 * leaves.
 */
@ApplicationScoped
class HeldMailDigestMail {

    /**
     * One held email as the digest shows it.
     *
     * @param html the content of its HTML body, without the document around it
     */
    record HeldMail(String subject, String text, String html) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance heldMailDigest(List<HeldMail> mails, String unsubscribeUrl);
    }

    EmailContent render(List<Notification> held, String localeTag, String unsubscribeUrl) {
        Locale locale = MailLocales.resolve(localeTag);
        HeldMailDigestMessages messages = MailLocales.messages(HeldMailDigestMessages.class, locale);
        List<HeldMail> mails = held.stream()
                .map(notification -> new HeldMail(notification.subject, notification.textBody,
                        Jsoup.parse(notification.htmlBody).body().html()))
                .toList();
        return MailRendering.render(Templates.heldMailDigest(mails, unsubscribeUrl), locale,
                Envelope.to(held.get(0).recipient), messages.subject(mails.size()));
    }
}

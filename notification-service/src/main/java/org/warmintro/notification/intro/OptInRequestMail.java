package org.warmintro.notification.intro;

import java.util.Locale;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.notification.mail.MailLocales;

/** The email that asks the target whether they want the intro: plain text and HTML, in the target's language. */
@ApplicationScoped
class OptInRequestMail {

    @CheckedTemplate
    static class Templates {

        static native MailTemplateInstance optInRequest(OptInRequested request);
    }

    void send(OptInRequested request, String messageId) {
        Locale locale = MailLocales.resolve(request.target().locale());
        OptInRequestMessages messages = MessageBundles.get(OptInRequestMessages.class,
                Localized.Literal.of(locale.toLanguageTag()));
        Mail mail = new Mail()
                .addTo(request.target().email())
                .setSubject(messages.subject(request.connector().name(), request.seeker().name()))
                .addHeader("Message-ID", messageId);
        if (request.connector().email() != null) {
            // a reply is for the person who knows the target, not for a no-reply mailbox
            mail.setReplyTo(request.connector().email());
        }
        Templates.optInRequest(request)
                .mail(mail)
                .setAttribute("locale", locale)
                .sendAndAwait();
    }
}

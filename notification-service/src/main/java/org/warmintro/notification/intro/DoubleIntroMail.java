package org.warmintro.notification.intro;

import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Envelope;
import org.warmintro.notification.mail.MailLocales;
import org.warmintro.notification.mail.MailRendering;

/**
 * The double-intro email: one email to seeker and target together, the connector in copy, so that the three share a
 * thread; a reply reaches both of the people introduced, whatever their mail client does with copies.
 */
@ApplicationScoped
class DoubleIntroMail {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance doubleIntro(IntroAccepted intro);
    }

    EmailContent render(IntroAccepted intro) {
        Locale locale = MailLocales.shared(intro.seeker().locale(), intro.target().locale());
        DoubleIntroMessages messages = MailLocales.messages(DoubleIntroMessages.class, locale);
        Envelope envelope = Envelope.to(intro.seeker().email(), intro.target().email())
                .withReplyTo(intro.seeker().email(), intro.target().email());
        if (intro.connector().email() != null) {
            envelope = envelope.withCc(intro.connector().email());
        }
        return MailRendering.render(Templates.doubleIntro(intro), locale, envelope,
                messages.subject(intro.seeker().givenName(), intro.target().name()));
    }
}

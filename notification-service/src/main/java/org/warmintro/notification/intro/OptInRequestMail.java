package org.warmintro.notification.intro;

import java.util.Locale;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Envelope;
import org.warmintro.notification.delivery.SecretLinks;
import org.warmintro.notification.mail.MailLocales;
import org.warmintro.notification.mail.MailRendering;

/**
 * The email that asks the target whether they want the intro, and its one reminder: plain text and HTML, in the
 * target's language.
 */
@ApplicationScoped
class OptInRequestMail {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance optInRequest(OptInRequest request, boolean reminder, String optInUrl,
                String unsubscribeUrl);
    }

    /** @param notificationId the notification the email is, whose placeholders stand for its links */
    EmailContent request(OptInRequest request, UUID notificationId) {
        return render(request, false, notificationId);
    }

    EmailContent reminder(OptInRequest request, UUID notificationId) {
        return render(request, true, notificationId);
    }

    /** The opt-in link is the target's alone: the bodies hold a placeholder, the link waits beside them. */
    private EmailContent render(OptInRequest request, boolean reminder, UUID notificationId) {
        Locale locale = MailLocales.resolve(request.target().locale());
        OptInRequestMessages messages = MailLocales.messages(OptInRequestMessages.class, locale);
        String connectorName = request.connector().name();
        String seekerName = request.seeker().name();
        Envelope envelope = Envelope.to(request.target().email());
        if (request.connector().email() != null) {
            // a reply is for the person who knows the target, not for a no-reply mailbox
            envelope = envelope.withReplyTo(request.connector().email());
        }
        String subject = reminder
                ? messages.reminderSubject(connectorName, seekerName)
                : messages.subject(connectorName, seekerName);
        TemplateInstance template = Templates.optInRequest(request, reminder, SecretLinks.optIn(notificationId),
                SecretLinks.unsubscribe(notificationId));
        return MailRendering.render(template, locale, envelope, subject).withOptInUrl(request.optInUrl());
    }
}

package org.warmintro.notification.intro;

import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Envelope;
import org.warmintro.notification.mail.MailLocales;
import org.warmintro.notification.mail.MailRendering;

/** The short note that tells the connector the target declined; nobody else hears of it. */
@ApplicationScoped
class DeclinedNoteMail {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance declinedNote(ConnectorNotice intro, String unsubscribeUrl);
    }

    /**
     * @param connectorEmail the connector's address, which the caller checked is there
     * @param unsubscribeUrl the placeholder of the unsubscribe link ({@code SecretLinks})
     */
    EmailContent render(ConnectorNotice intro, String connectorEmail, String unsubscribeUrl) {
        Locale locale = MailLocales.resolve(intro.connector().locale());
        DeclinedNoteMessages messages = MailLocales.messages(DeclinedNoteMessages.class, locale);
        return MailRendering.render(Templates.declinedNote(intro, unsubscribeUrl), locale,
                Envelope.to(connectorEmail), messages.subject(intro.target().name(), intro.seeker().name()));
    }
}

package org.warmintro.notification.digest;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.notification.delivery.EmailContent;
import org.warmintro.notification.delivery.Envelope;
import org.warmintro.notification.mail.GivenNames;
import org.warmintro.notification.mail.MailLocales;
import org.warmintro.notification.mail.MailRendering;

/** The connector's digest: one line per suggestion or expired intro since the last one. */
@ApplicationScoped
class ConnectorDigestMail {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance connectorDigest(String connectorGivenName, List<DigestItem> items,
                String unsubscribeUrl);
    }

    /** @param items oldest first; the newest carries the connector's current name, address and language */
    EmailContent render(List<DigestItem> items, String unsubscribeUrl) {
        DigestItem newest = items.get(items.size() - 1);
        Locale locale = MailLocales.resolve(newest.connectorLocale);
        String greeted = GivenNames.toGreet(newest.connectorGivenName, newest.connectorName);
        return MailRendering.render(Templates.connectorDigest(greeted, items, unsubscribeUrl), locale,
                Envelope.to(newest.connectorEmail), MailLocales.messages(DigestMessages.class, locale).subject());
    }
}

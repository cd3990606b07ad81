package org.warmintro.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.warmintro.local.LocalMailboxes;

/** The local run's SMTP server, read through GreenMail's REST API as the README tells a person to. */
final class Mailboxes {

    private static final Pattern OPT_IN_LINK = Pattern.compile("http://localhost:\\d+/optin/[A-Za-z0-9._~-]+");

    private final LocalMailboxes mailboxes = LocalMailboxes.ofLocalRun();

    /** The emails in {@code address}'s inbox, oldest first. */
    List<MimeMessage> inbox(String address) {
        return mailboxes.inbox(address);
    }

    /** Every text part of an email (plain and HTML), however the parts are nested. */
    static String text(MimeMessage message) {
        return LocalMailboxes.text(message);
    }

    private static String raw(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            return e.toString();
        }
    }

    /** A link that only its recipient may hold: an opt-in page, or an unsubscribe link. */
    private static final Pattern PERSONAL_LINK =
            Pattern.compile("https?://[^\\s\"'<>]+/(?:optin|unsubscribe)/([A-Za-z0-9._~-]+)");

    /** The tokens of the personal links of an email, in its body or its List-Unsubscribe header. */
    static List<String> personalLinkTokens(MimeMessage message) {
        StringBuilder where = new StringBuilder(text(message));
        try {
            String[] unsubscribe = message.getHeader("List-Unsubscribe");
            if (unsubscribe != null) {
                where.append('\n').append(String.join("\n", unsubscribe));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return PERSONAL_LINK.matcher(where).results().map(link -> link.group(1)).distinct().toList();
    }

    /** The personal links anywhere in a text. */
    static List<String> personalLinks(String text) {
        return PERSONAL_LINK.matcher(text).results().map(MatchResult::group).distinct().toList();
    }

    /** The accept / decline link of an opt-in email. */
    static String optInLink(MimeMessage message) {
        Matcher link = OPT_IN_LINK.matcher(text(message));
        if (!link.find()) {
            throw new IllegalStateException("No opt-in link in:\n" + raw(message));
        }
        return link.group();
    }
}

package org.warmintro.notification.delivery;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.nodes.Entities;
import org.warmintro.notification.unsubscribe.UnsubscribeTokens;

/**
 * The links that act for one person: the target's opt-in link (whoever holds it answers for the target) and the
 * unsubscribe link of every email (whoever holds it unsubscribes its recipient from everything). Only the person an
 * email goes to may ever hold them, and the member on whose behalf it goes reads its bodies through the API: so the
 * stored bodies never hold them. They hold a placeholder that names the link and the notification it belongs to;
 * the real links are filled in at send time, in memory, in what is handed to the SMTP server only. A preview shows
 * the placeholders as inert text that says who alone gets the link.
 * <p>
 * A placeholder names its notification by id, which is random and not known before the email is rendered: text of
 * the event (a name, a note) cannot forge one that the dispatcher would fill in.
 */
@ApplicationScoped
public class SecretLinks {

    private static final String UUID_PATTERN =
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[\\[secret-link:(opt-in|unsubscribe):(" + UUID_PATTERN + ")]]");
    private static final Pattern LINK_TO_PLACEHOLDER = Pattern.compile("href=\"" + PLACEHOLDER.pattern() + "\"");
    private static final String OPT_IN = "opt-in";

    private final NotificationRepository notifications;
    private final UnsubscribeTokens unsubscribeTokens;

    SecretLinks(NotificationRepository notifications, UnsubscribeTokens unsubscribeTokens) {
        this.notifications = notifications;
        this.unsubscribeTokens = unsubscribeTokens;
    }

    /** Stands for the opt-in link of the notification, which the event gave and the notification keeps apart. */
    public static String optIn(UUID notificationId) {
        return placeholder(OPT_IN, notificationId);
    }

    /** Stands for the unsubscribe link of the notification, which only this service can sign. */
    public static String unsubscribe(UUID notificationId) {
        return placeholder("unsubscribe", notificationId);
    }

    private static String placeholder(String link, UUID notificationId) {
        return "[[secret-link:" + link + ":" + notificationId + "]]";
    }

    /** The bodies of the email as they leave, with the real links: never stored, never logged. */
    record Bodies(String text, String html) {
    }

    /**
     * The links of the email and, for a digest of held mail, of the emails it carries; a placeholder of any other
     * notification stays inert.
     */
    Bodies filledIn(Notification notification) {
        Map<UUID, String> optInUrls = notifications.optInUrlsCarriedBy(notification.id);
        String inert = redaction(notification.recipientRole);
        return new Bodies(
                fill(notification.textBody, optInUrls, inert, false),
                fill(notification.htmlBody, optInUrls, inert, true));
    }

    private String fill(String body, Map<UUID, String> optInUrls, String inert, boolean html) {
        if (body == null) {
            return null;
        }
        Matcher placeholder = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            UUID notificationId = UUID.fromString(placeholder.group(2));
            String url = !optInUrls.containsKey(notificationId) ? null
                    : OPT_IN.equals(placeholder.group(1)) ? optInUrls.get(notificationId)
                    : unsubscribeTokens.url(notificationId);
            String replacement = url == null ? inert : html ? Entities.escape(url) : url;
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        return placeholder.appendTail(filled).toString();
    }

    /**
     * The HTML of an email for its member to read: every secret link inert, an anchor without a target, and its
     * text saying who alone gets it.
     */
    public static String redacted(String html, RecipientRole recipientRole) {
        String inert = redaction(recipientRole);
        String anchorsWithoutTarget = LINK_TO_PLACEHOLDER.matcher(html)
                .replaceAll(Matcher.quoteReplacement("title=\"" + inert + "\""));
        return PLACEHOLDER.matcher(anchorsWithoutTarget).replaceAll(Matcher.quoteReplacement(inert));
    }

    private static String redaction(RecipientRole recipientRole) {
        return "[link sent only to the " + recipientRole.name().toLowerCase(Locale.ROOT) + "]";
    }
}

package org.warmintro.notification.unsubscribe;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;

/**
 * The unsubscribe link of every email. Following it changes nothing (mail scanners follow links); the page's button
 * and the one-click POST of mail clients (RFC 8058) unsubscribe the address the email went to.
 */
@Path(UnsubscribeResource.PATH + "/{token}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Unsubscribe", description = "The unsubscribe link of every email; the token is the credential")
public class UnsubscribeResource {

    static final String PATH = "/unsubscribe";

    private static final Logger LOG = Logger.getLogger(UnsubscribeResource.class);

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance confirm(String address);

        static native TemplateInstance unsubscribed(String address);
    }

    private final UnsubscribeTokens tokens;
    private final NotificationRepository notifications;
    private final Suppressions suppressions;
    private final Clock clock;

    UnsubscribeResource(UnsubscribeTokens tokens, NotificationRepository notifications, Suppressions suppressions,
            Clock clock) {
        this.tokens = tokens;
        this.notifications = notifications;
        this.suppressions = suppressions;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The page that asks whether to unsubscribe; it changes nothing")
    @APIResponse(responseCode = "200", description = "The page, with its button")
    @APIResponse(responseCode = "404", description = "Not a token of this service")
    public String confirm(@PathParam("token") String token) {
        return Templates.confirm(masked(notificationOf(token).recipient)).render();
    }

    @POST
    @Operation(summary = "Unsubscribes the address the email went to; one-click (RFC 8058) and the page's button")
    @APIResponse(responseCode = "200", description = "Unsubscribed, now or before")
    @APIResponse(responseCode = "404", description = "Not a token of this service")
    public String unsubscribe(@PathParam("token") String token) {
        Notification notification = notificationOf(token);
        suppressions.suppress(notification.recipient, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        LOG.infof("The recipient of notification %s unsubscribed", notification.id);
        return Templates.unsubscribed(masked(notification.recipient)).render();
    }

    private Notification notificationOf(String token) {
        return tokens.notificationId(token)
                .flatMap(notifications::findByIdOptional)
                .orElseThrow(NotFoundException::new);
    }

    /** Enough for the recipient to recognise their address, not enough for anyone who sees the page to read it. */
    private static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "•••" : address.charAt(0) + "•••" + address.substring(at);
    }
}

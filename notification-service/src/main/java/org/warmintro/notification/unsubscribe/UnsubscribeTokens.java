package org.warmintro.notification.unsubscribe;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.warmintro.signedlinks.LinkTokens;

/**
 * Unsubscribe links: a token that names the email it came in, never the address, so that no address appears in links,
 * browser histories or access logs; its signature keeps anyone from unsubscribing someone else by guessing ids. The
 * links do not expire: one in an email of years ago still unsubscribes. Made at start-up, so that a missing or weak
 * key stops the service there.
 */
@Singleton
@Startup
public class UnsubscribeTokens {

    static final String PURPOSE = "unsubscribe";

    private final LinkTokens tokens;
    private final String publicBaseUrl;

    UnsubscribeTokens(UnsubscribeConfig config) {
        this.tokens = new LinkTokens(PURPOSE, config.unsubscribe().links());
        this.publicBaseUrl = config.publicBaseUrl();
    }

    /** The one-click URL of the List-Unsubscribe header and of the link in the email. */
    public String url(UUID notificationId) {
        return publicBaseUrl + UnsubscribeResource.PATH + "/" + tokens.issue(notificationId.toString());
    }

    /** The notification a token was signed for; empty for anything that is not a token of ours. */
    Optional<UUID> notificationId(String token) {
        return tokens.verify(token).flatMap(claim -> {
            try {
                return Optional.of(UUID.fromString(claim.subject()));
            } catch (IllegalArgumentException notANotificationId) {
                return Optional.empty();
            }
        });
    }
}

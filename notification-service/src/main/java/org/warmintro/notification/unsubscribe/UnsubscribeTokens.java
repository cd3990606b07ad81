package org.warmintro.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Unsubscribe tokens: a notification id and its HMAC-SHA256. The token names the email it came in, never the address,
 * so that no address appears in links, browser histories or access logs; the signature keeps anyone from
 * unsubscribing someone else by guessing ids.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String publicBaseUrl;

    UnsubscribeTokens(UnsubscribeConfig config) {
        this.key = new SecretKeySpec(config.unsubscribe().tokenSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.publicBaseUrl = config.publicBaseUrl();
    }

    /** The one-click URL of the List-Unsubscribe header and of the link in the email. */
    public String url(UUID notificationId) {
        return publicBaseUrl + UnsubscribeResource.PATH + "/" + token(notificationId);
    }

    String token(UUID notificationId) {
        return notificationId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(notificationId));
    }

    /** The notification a token was signed for; empty for anything that is not a token of ours. */
    Optional<UUID> notificationId(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID notificationId;
        byte[] signature;
        try {
            notificationId = UUID.fromString(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // constant time, so that the response time tells nothing of how close a forged signature is
        return MessageDigest.isEqual(signature, signature(notificationId))
                ? Optional.of(notificationId)
                : Optional.empty();
    }

    private byte[] signature(UUID notificationId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(notificationId.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

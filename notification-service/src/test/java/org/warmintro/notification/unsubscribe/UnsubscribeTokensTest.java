package org.warmintro.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.warmintro.signedlinks.LinkKeysConfig;
import org.warmintro.signedlinks.LinkTokens;

/**
 * The unsubscribe links on their own: only a link this service put in an email unsubscribes anyone, and that one
 * keeps working. The tokens' scheme itself is tested in common/signed-links.
 */
class UnsubscribeTokensTest {

    private static final String SECRET = "3f9c1e7a5b2d4c8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9011223344556677";
    private static final String BASE_URL = "https://mail.warmintro.example";
    private static final LinkKeysConfig KEYS = new LinkKeysConfig() {
        @Override
        public String signingKey() {
            return "primary";
        }

        @Override
        public Map<String, String> keys() {
            return Map.of("primary", SECRET);
        }

        @Override
        public Optional<String> legacyKey() {
            return Optional.of("primary");
        }
    };

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(config());
    private final UUID notificationId = UUID.fromString("7d1e4a52-3c0b-4f6e-9a8d-2b5c6e7f8a90");

    @Test
    void theLinkInAnEmailLeadsBackToThatEmail() {
        String url = tokens.url(notificationId);

        assertThat(url).startsWith(BASE_URL + "/unsubscribe/primary.");
        assertThat(tokens.notificationId(token(url))).contains(notificationId);
    }

    @Test
    void aLinkInAnEmailSentBeforeTheTokensCarriedAKeyIdStillUnsubscribes() {
        String sentBefore = notificationId + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(notificationId.toString()));

        assertThat(tokens.notificationId(sentBefore)).contains(notificationId);
    }

    @Test
    void aTokenOfOursForSomethingOtherThanANotificationIsRejectedRatherThanFailing() {
        String notAnId = new LinkTokens(UnsubscribeTokens.PURPOSE, KEYS).issue("not-a-notification-id");

        assertThat(tokens.notificationId(notAnId)).isEmpty();
        assertThat(tokens.notificationId("")).isEmpty();
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static byte[] hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnsubscribeConfig config() {
        return new UnsubscribeConfig() {
            @Override
            public String publicBaseUrl() {
                return BASE_URL;
            }

            @Override
            public Unsubscribe unsubscribe() {
                return () -> KEYS;
            }
        };
    }
}

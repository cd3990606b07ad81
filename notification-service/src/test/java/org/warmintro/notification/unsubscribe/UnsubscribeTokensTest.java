package org.warmintro.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The unsubscribe links' tokens on their own: only a link this service put in an email unsubscribes anyone. */
class UnsubscribeTokensTest {

    private static final String SECRET = "3f9c1e7a5b2d4c8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9011223344556677";
    private static final String BASE_URL = "https://mail.warmintro.example";

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(config(SECRET));
    private final UUID notificationId = UUID.fromString("7d1e4a52-3c0b-4f6e-9a8d-2b5c6e7f8a90");

    @Test
    void theLinkInAnEmailLeadsBackToThatEmail() {
        String url = tokens.url(notificationId);

        assertThat(url).startsWith(BASE_URL + "/unsubscribe/");
        assertThat(tokens.notificationId(url.substring(url.lastIndexOf('/') + 1))).contains(notificationId);
    }

    @Test
    void anotherEmailsIdWithThisSignatureIsRejected() {
        String token = tokens.token(notificationId);
        String signature = token.substring(token.indexOf('.'));

        assertThat(tokens.notificationId(UUID.randomUUID() + signature)).isEmpty();
    }

    @Test
    void anAlteredSignatureIsRejected() {
        String token = tokens.token(notificationId);
        int signatureStart = token.indexOf('.') + 1;
        // the first character: every one of its bits is in the signature (the last one's lowest are padding)
        char first = token.charAt(signatureStart);
        String altered = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1);

        assertThat(tokens.notificationId(altered)).isEmpty();
        assertThat(tokens.notificationId(token.substring(0, token.length() - 4))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        UnsubscribeTokens elsewhere = new UnsubscribeTokens(config(SECRET.replace('3', '4')));

        assertThat(tokens.notificationId(elsewhere.token(notificationId))).isEmpty();
    }

    @Test
    void whatIsNotATokenIsRejectedRatherThanFailing() {
        assertThat(tokens.notificationId("")).isEmpty();
        assertThat(tokens.notificationId(notificationId.toString())).isEmpty();
        assertThat(tokens.notificationId(notificationId + ".")).isEmpty();
        assertThat(tokens.notificationId(notificationId + ".not*base64!")).isEmpty();
        assertThat(tokens.notificationId("not-a-uuid." + tokens.token(notificationId).split("\\.")[1])).isEmpty();
    }

    private static UnsubscribeConfig config(String secret) {
        return new UnsubscribeConfig() {
            @Override
            public String publicBaseUrl() {
                return BASE_URL;
            }

            @Override
            public Unsubscribe unsubscribe() {
                return () -> secret;
            }
        };
    }
}

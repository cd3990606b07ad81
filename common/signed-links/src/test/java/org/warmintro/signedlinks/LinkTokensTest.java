package org.warmintro.signedlinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.warmintro.signedlinks.LinkTokens.Claim;

/**
 * The links' tokens on their own: only a link this service signed, for this purpose, acts for its subject, and only
 * in time; a secret can be replaced while the links it signed are out.
 */
class LinkTokensTest {

    private static final String OLD_SECRET = "0b6f2c9e4a1d8e7f3c5b9a2d6e1f4c8b7a3e9d2c5f1b8a4e6d3c9f2a7b5e1d4c";
    private static final String NEW_SECRET = "3f9c1e7a5b2d4c8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9011223344556677";
    private static final String INTRO_ID = "5a8f3e21-7c4d-4b9a-8e6f-1d2c3b4a5f6e";
    private static final Instant EXPIRES_AT = Instant.parse("2026-01-29T12:00:00Z");

    private final LinkTokens optIn = new LinkTokens("opt-in", Keys.signingWith("k1", OLD_SECRET));

    @Test
    void anIssuedTokenNamesItsSubjectAndItsExpiry() {
        assertThat(optIn.verify(optIn.issue(INTRO_ID, EXPIRES_AT)))
                .contains(new Claim(INTRO_ID, Optional.of(EXPIRES_AT)));
    }

    @Test
    void aTokenIsGoodUntilItsExpiryAndNotFromIt() {
        Claim claim = optIn.verify(optIn.issue(INTRO_ID, EXPIRES_AT)).orElseThrow();

        assertThat(claim.expiredAt(EXPIRES_AT.minus(Duration.ofSeconds(1)))).isFalse();
        assertThat(claim.expiredAt(EXPIRES_AT)).isTrue();
        assertThat(claim.expiredAt(EXPIRES_AT.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void aTokenIssuedWithoutExpiryNeverExpires() {
        Claim claim = optIn.verify(optIn.issue(INTRO_ID)).orElseThrow();

        assertThat(claim).isEqualTo(new Claim(INTRO_ID, Optional.empty()));
        assertThat(claim.expiredAt(Instant.MAX)).isFalse();
    }

    @Test
    void aTokenCarriesTheIdOfTheKeyThatSignedIt() {
        assertThat(optIn.issue(INTRO_ID, EXPIRES_AT)).startsWith("k1." + INTRO_ID + "." + EXPIRES_AT.getEpochSecond()
                + ".");
    }

    @Test
    void aTokenForAnotherSubjectIsRejected() {
        String token = optIn.issue(INTRO_ID, EXPIRES_AT);

        assertThat(optIn.verify(token.replace(INTRO_ID, UUID.randomUUID().toString()))).isEmpty();
    }

    @Test
    void aTokenWhoseExpiryWasPushedBackOrRemovedIsRejected() {
        String token = optIn.issue(INTRO_ID, EXPIRES_AT);
        long later = EXPIRES_AT.plus(Duration.ofDays(30)).getEpochSecond();

        String extended = token.replace("." + EXPIRES_AT.getEpochSecond() + ".", "." + later + ".");
        String withoutExpiry = token.replace("." + EXPIRES_AT.getEpochSecond() + ".", ".");

        assertThat(extended).isNotEqualTo(token);
        assertThat(optIn.verify(extended)).isEmpty();
        assertThat(optIn.verify(withoutExpiry)).isEmpty();
    }

    @Test
    void anAlteredSignatureIsRejected() {
        String token = optIn.issue(INTRO_ID, EXPIRES_AT);
        int signatureStart = token.lastIndexOf('.') + 1;
        // the first character: every one of its bits is in the signature (the last one's lowest are padding)
        char first = token.charAt(signatureStart);
        String altered = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1);

        assertThat(optIn.verify(altered)).isEmpty();
        assertThat(optIn.verify(token.substring(0, token.length() - 4))).isEmpty();
        assertThat(optIn.verify(token.substring(0, signatureStart))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretUnderTheSameKeyIdIsRejected() {
        LinkTokens elsewhere = new LinkTokens("opt-in", Keys.signingWith("k1", NEW_SECRET));

        assertThat(optIn.verify(elsewhere.issue(INTRO_ID, EXPIRES_AT))).isEmpty();
    }

    @Test
    void aTokenOfOnePurposeIsWorthNothingForAnotherEvenUnderTheSameKey() {
        LinkTokens unsubscribe = new LinkTokens("unsubscribe", Keys.signingWith("k1", OLD_SECRET));

        assertThat(optIn.verify(unsubscribe.issue(INTRO_ID))).isEmpty();
        assertThat(optIn.verify(unsubscribe.issue(INTRO_ID, EXPIRES_AT))).isEmpty();
        assertThat(unsubscribe.verify(optIn.issue(INTRO_ID))).isEmpty();
    }

    @Test
    void whatIsNotATokenIsRejectedRatherThanFailing() {
        String signature = optIn.issue(INTRO_ID).split("\\.")[2];

        assertThat(optIn.verify(null)).isEmpty();
        assertThat(optIn.verify("")).isEmpty();
        assertThat(optIn.verify(".")).isEmpty();
        assertThat(optIn.verify("k1")).isEmpty();
        assertThat(optIn.verify("k1." + INTRO_ID)).isEmpty();
        assertThat(optIn.verify("k1." + INTRO_ID + ".")).isEmpty();
        assertThat(optIn.verify("k1." + INTRO_ID + ".not*base64!")).isEmpty();
        assertThat(optIn.verify("k1." + INTRO_ID + ".1.2." + signature)).isEmpty();
        assertThat(optIn.verify("k1." + INTRO_ID + ".next-week." + signature)).isEmpty();
        assertThat(optIn.verify("k9." + INTRO_ID + "." + signature)).isEmpty();
    }

    @Test
    void aTokenSignedWithTheOldKeyVerifiesWhileTheOldKeyIsListedButNewTokensAreSignedWithTheNewOne() {
        String beforeTheRotation = optIn.issue(INTRO_ID, EXPIRES_AT);
        LinkTokens rotated = new LinkTokens("opt-in",
                new Keys("k2", Map.of("k1", OLD_SECRET, "k2", NEW_SECRET), Optional.empty()));

        String afterTheRotation = rotated.issue(INTRO_ID, EXPIRES_AT);

        assertThat(rotated.verify(beforeTheRotation)).contains(new Claim(INTRO_ID, Optional.of(EXPIRES_AT)));
        assertThat(afterTheRotation).startsWith("k2.");
        assertThat(rotated.verify(afterTheRotation)).isPresent();
        assertThat(optIn.verify(afterTheRotation)).as("a replica that does not know k2 yet").isEmpty();
    }

    @Test
    void aTokenSignedWithTheOldKeyNoLongerVerifiesOnceTheOldKeyIsRemoved() {
        String beforeTheRotation = optIn.issue(INTRO_ID, EXPIRES_AT);
        LinkTokens retired = new LinkTokens("opt-in", Keys.signingWith("k2", NEW_SECRET));

        assertThat(retired.verify(beforeTheRotation)).isEmpty();
        assertThat(retired.verify(retired.issue(INTRO_ID, EXPIRES_AT))).isPresent();
    }

    @Test
    void aLinkSignedBeforeTokensHadAKeyIdVerifiesWithTheLegacyKeyAndOnlyWhileItIsNamed() {
        String oldOptIn = INTRO_ID + "." + EXPIRES_AT.getEpochSecond();
        String oldOptInToken = oldOptIn + "." + legacySignature(oldOptIn);
        String notificationId = "7d1e4a52-3c0b-4f6e-9a8d-2b5c6e7f8a90";
        String oldUnsubscribeToken = notificationId + "." + legacySignature(notificationId);
        LinkTokens withLegacy = new LinkTokens("opt-in",
                new Keys("k1", Map.of("k1", OLD_SECRET), Optional.of("k1")));

        assertThat(withLegacy.verify(oldOptInToken)).contains(new Claim(INTRO_ID, Optional.of(EXPIRES_AT)));
        assertThat(withLegacy.verify(oldUnsubscribeToken)).contains(new Claim(notificationId, Optional.empty()));
        assertThat(withLegacy.verify(oldOptInToken.replace(INTRO_ID, UUID.randomUUID().toString()))).isEmpty();
        assertThat(optIn.verify(oldOptInToken)).as("without a legacy key").isEmpty();
    }

    @Test
    void aSecretShorterThan32BytesOrAKeyIdThatNamesNoKeyStopsTheStart() {
        assertThatThrownBy(() -> new LinkTokens("opt-in", Keys.signingWith("k1", "too-short-to-sign-links")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'k1' has 23 bytes").hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new LinkTokens("opt-in",
                new Keys("k2", Map.of("k1", OLD_SECRET), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signing-key names the key 'k2'");
        assertThatThrownBy(() -> new LinkTokens("opt-in",
                new Keys("k1", Map.of("k1", OLD_SECRET), Optional.of("k0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legacy-key names the key 'k0'");
        assertThatThrownBy(() -> new LinkTokens("opt-in", Keys.signingWith("k.1", OLD_SECRET)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** As the services signed their links before the tokens carried a key id and a purpose. */
    private static String legacySignature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(OLD_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

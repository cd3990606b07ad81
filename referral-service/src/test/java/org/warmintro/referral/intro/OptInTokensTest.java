package org.warmintro.referral.intro;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.warmintro.referral.intro.OptInTokens.OptInClaim;

/** The opt-in links' tokens on their own: only a link this service sent answers for its intro, and only in time. */
class OptInTokensTest {

    private static final String SECRET = "0b6f2c9e4a1d8e7f3c5b9a2d6e1f4c8b7a3e9d2c5f1b8a4e6d3c9f2a7b5e1d4c";
    private static final String INTRO_ID = "5a8f3e21-7c4d-4b9a-8e6f-1d2c3b4a5f6e";
    private static final Instant EXPIRES_AT = Instant.parse("2026-01-29T12:00:00Z");

    private final OptInTokens tokens = new OptInTokens(configWithSecret(SECRET));

    @Test
    void anIssuedTokenNamesItsIntroAndItsExpiry() {
        assertThat(tokens.verify(tokens.issue(INTRO_ID, EXPIRES_AT)))
                .contains(new OptInClaim(INTRO_ID, EXPIRES_AT));
    }

    @Test
    void aTokenIsGoodUntilItsExpiryAndNotFromIt() {
        OptInClaim claim = tokens.verify(tokens.issue(INTRO_ID, EXPIRES_AT)).orElseThrow();

        assertThat(claim.expiredAt(EXPIRES_AT.minus(Duration.ofSeconds(1)))).isFalse();
        assertThat(claim.expiredAt(EXPIRES_AT)).isTrue();
        assertThat(claim.expiredAt(EXPIRES_AT.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void aTokenForAnotherIntroIsRejected() {
        String token = tokens.issue(INTRO_ID, EXPIRES_AT);

        String forAnotherIntro = token.replace(INTRO_ID, UUID.randomUUID().toString());

        assertThat(tokens.verify(forAnotherIntro)).isEmpty();
    }

    @Test
    void aTokenWhoseExpiryWasPushedBackIsRejected() {
        String token = tokens.issue(INTRO_ID, EXPIRES_AT);
        long later = EXPIRES_AT.plus(Duration.ofDays(30)).getEpochSecond();

        String extended = token.replace("." + EXPIRES_AT.getEpochSecond() + ".", "." + later + ".");

        assertThat(extended).isNotEqualTo(token);
        assertThat(tokens.verify(extended)).isEmpty();
    }

    @Test
    void anAlteredSignatureIsRejected() {
        String token = tokens.issue(INTRO_ID, EXPIRES_AT);
        int signatureStart = token.lastIndexOf('.') + 1;
        // the first character: every one of its bits is in the signature (the last one's lowest are padding)
        char first = token.charAt(signatureStart);
        String altered = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A')
                + token.substring(signatureStart + 1);

        assertThat(tokens.verify(altered)).isEmpty();
        assertThat(tokens.verify(token.substring(0, signatureStart))).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        OptInTokens elsewhere = new OptInTokens(configWithSecret(SECRET.replace('0', '1')));

        assertThat(tokens.verify(elsewhere.issue(INTRO_ID, EXPIRES_AT))).isEmpty();
    }

    @Test
    void whatIsNotATokenIsRejectedRatherThanFailing() {
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(INTRO_ID)).isEmpty();
        assertThat(tokens.verify(INTRO_ID + "." + EXPIRES_AT.getEpochSecond())).isEmpty();
        assertThat(tokens.verify(INTRO_ID + "." + EXPIRES_AT.getEpochSecond() + ".not*base64!")).isEmpty();
    }

    /** Answers the token secret only, which is all the tokens may depend on. */
    private static IntroConfig configWithSecret(String secret) {
        return (IntroConfig) Proxy.newProxyInstance(IntroConfig.class.getClassLoader(),
                new Class<?>[] {IntroConfig.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("tokenSecret")) {
                        return secret;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}

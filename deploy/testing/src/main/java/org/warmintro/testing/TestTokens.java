package org.warmintro.testing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for members, signed with the test key pair in {@code org/warmintro/testing/jwt}; a service's
 * {@code %test} profile verifies them with its public half.
 */
public final class TestTokens {

    public static final String ISSUER = "https://warmintro.org/local";
    public static final String PUBLIC_KEY = "org/warmintro/testing/jwt/publicKey.pem";
    private static final PrivateKey SIGNING_KEY = loadSigningKey();

    private TestTokens() {
    }

    /** A token of {@code memberId}, with a name and an email address derived from it. */
    public static String forMember(String memberId) {
        return forMember(memberId, Map.of());
    }

    /** @param moreClaims further claims an identity provider gives, such as {@code locale} and {@code zoneinfo} */
    public static String forMember(String memberId, Map<String, String> moreClaims) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(memberId)
                .upn(memberId)
                .groups(Set.of("member"))
                .claim("name", memberId.replace('-', ' '))
                .claim("email", memberId.toLowerCase(Locale.ROOT) + "@members.example.org")
                .expiresIn(Duration.ofHours(1));
        moreClaims.forEach(claims::claim);
        return claims.sign(SIGNING_KEY);
    }

    public static String bearer(String memberId) {
        return "Bearer " + forMember(memberId);
    }

    private static PrivateKey loadSigningKey() {
        try {
            return KeyUtils.readPrivateKey("org/warmintro/testing/jwt/privateKey.pem");
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test signing key cannot be read", e);
        }
    }
}

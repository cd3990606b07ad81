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
 * {@code %test} profile verifies them with its public half, and accepts them only for its own audience.
 */
public final class TestTokens {

    public static final String ISSUER = "https://warmintro.org/local";
    /** The audience the services expect by default ({@code mp.jwt.verify.audiences}, {@code JWT_AUDIENCE}). */
    public static final String AUDIENCE = "warmintro";
    public static final String PUBLIC_KEY = "org/warmintro/testing/jwt/publicKey.pem";
    private static final PrivateKey SIGNING_KEY = loadSigningKey();

    private TestTokens() {
    }

    /** A token of {@code memberId}, with a name and a verified email address derived from it. */
    public static String forMember(String memberId) {
        return forMember(memberId, Map.of());
    }

    /**
     * @param moreClaims further claims an identity provider gives, such as {@code locale} and {@code zoneinfo}; they
     *        replace the default ones of the same name ({@code email_verified: false}, say)
     */
    public static String forMember(String memberId, Map<String, ?> moreClaims) {
        JwtClaimsBuilder claims = memberClaims(memberId, Set.of("member")).audience(AUDIENCE);
        moreClaims.forEach(claims::claim);
        return claims.sign(SIGNING_KEY);
    }

    /** A token of {@code memberId} that expires {@code lifetime} from now, as a short session's would. */
    public static String forMemberExpiringIn(String memberId, Duration lifetime) {
        return memberClaims(memberId, Set.of("member")).audience(AUDIENCE).expiresIn(lifetime).sign(SIGNING_KEY);
    }

    /** A token of {@code memberId} without one of the claims an identity provider may leave out. */
    public static String forMemberWithout(String memberId, String claim) {
        return memberClaims(memberId, Set.of("member")).audience(AUDIENCE).remove(claim).sign(SIGNING_KEY);
    }

    /**
     * A member's token that the identity provider issued for another application: {@code audience}, or none at all
     * when it is {@code null}. The services must not take it.
     */
    public static String forAudience(String memberId, String audience) {
        JwtClaimsBuilder claims = memberClaims(memberId, Set.of("member"));
        if (audience != null) {
            claims.audience(audience);
        }
        return claims.sign(SIGNING_KEY);
    }

    /** A token of a person who runs the platform: the {@code operator} group, no member network of their own. */
    public static String forOperator(String operatorId) {
        return memberClaims(operatorId, Set.of("operator")).audience(AUDIENCE).sign(SIGNING_KEY);
    }

    public static String bearer(String memberId) {
        return "Bearer " + forMember(memberId);
    }

    private static JwtClaimsBuilder memberClaims(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .claim("name", subject.replace('-', ' '))
                .claim("email", subject.toLowerCase(Locale.ROOT) + "@members.example.org")
                .claim("email_verified", true)
                .expiresIn(Duration.ofHours(1));
    }

    private static PrivateKey loadSigningKey() {
        try {
            return KeyUtils.readPrivateKey("org/warmintro/testing/jwt/privateKey.pem");
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test signing key cannot be read", e);
        }
    }
}

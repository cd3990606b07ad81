package org.warmintro.referral.intro;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The opt-in links' tokens: {@code <introId>.<expiry in epoch seconds>.<HMAC-SHA256 of both>}. The signature makes
 * them unforgeable and carries the expiry; single use comes from the intro's state, which a token cannot change
 * twice.
 */
@ApplicationScoped
public class OptInTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    OptInTokens(IntroConfig config) {
        this.key = new SecretKeySpec(config.tokenSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** What a token says, once its signature proved that this service issued it. */
    public record OptInClaim(String introId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    public String issue(String introId, Instant expiresAt) {
        String payload = introId + "." + expiresAt.getEpochSecond();
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The claim of a token this service signed; empty for anything else, whatever part was changed. */
    public Optional<OptInClaim> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int signatureStart = token.lastIndexOf('.');
        int expiryStart = signatureStart < 0 ? -1 : token.lastIndexOf('.', signatureStart - 1);
        if (expiryStart < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, signatureStart);
        byte[] signature;
        try {
            signature = DECODER.decode(token.substring(signatureStart + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            return Optional.empty();
        }
        try {
            String introId = UUID.fromString(token.substring(0, expiryStart)).toString();
            long expiry = Long.parseLong(token.substring(expiryStart + 1, signatureStart));
            return Optional.of(new OptInClaim(introId, Instant.ofEpochSecond(expiry)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

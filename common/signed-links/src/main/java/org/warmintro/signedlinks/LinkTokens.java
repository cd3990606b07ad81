package org.warmintro.signedlinks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of the links that emails carry, which act for the person they were sent to (say yes to an intro,
 * unsubscribe): {@code <key id>.<subject>[.<expiry in epoch seconds>].<signature>}, the signature an HMAC-SHA256 of
 * the link's purpose and everything before it. Unforgeable without the key; a token of one purpose is worth nothing
 * for another, even under the same key; the key id says which of the configured keys verifies it, so that a secret
 * can be replaced while the links it signed still work. Single use, where a link has it, comes from the state the
 * link changes.
 */
public final class LinkTokens {

    /** HMAC-SHA256 is as strong as its key up to the 32 bytes of its output. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final String purpose;
    private final String signingKey;
    private final Map<String, SecretKeySpec> keys;
    private final Optional<SecretKeySpec> legacyKey;

    /**
     * @param purpose what the links are for ({@code opt-in}, {@code unsubscribe}): signed into every token, so that
     *                none serves another purpose
     * @throws IllegalArgumentException when a secret is shorter than {@value #MINIMUM_SECRET_BYTES} bytes or a key id
     *                                  names no key: a service stops at start-up rather than sign weak links
     */
    public LinkTokens(String purpose, LinkKeysConfig config) {
        this.purpose = purpose;
        this.keys = config.keys().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, key -> secret(key.getKey(), key.getValue())));
        this.signingKey = requireKey(config.signingKey(), "signing-key");
        this.legacyKey = config.legacyKey().map(id -> keys.get(requireKey(id, "legacy-key")));
    }

    /** What a token says, once its signature proved that this service issued it for this purpose. */
    public record Claim(String subject, Optional<Instant> expiresAt) {

        /** Whether the link no longer works at {@code now}; a link without an expiry never expires. */
        public boolean expiredAt(Instant now) {
            return expiresAt.map(expiry -> !now.isBefore(expiry)).orElse(false);
        }
    }

    /** A token for {@code subject} (letters, digits, {@code -} and {@code _}, as an id is) that does not expire. */
    public String issue(String subject) {
        return sign(signingKey + "." + requirePart(subject));
    }

    /** A token for {@code subject} that works until {@code expiresAt}, not from it. */
    public String issue(String subject, Instant expiresAt) {
        return sign(signingKey + "." + requirePart(subject) + "." + expiresAt.getEpochSecond());
    }

    /** The claim of a token this service signed for this purpose; empty for anything else, whatever was changed. */
    public Optional<Claim> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length >= 3 && keys.containsKey(parts[0])) {
            int signatureStart = token.lastIndexOf('.');
            return signedWith(keys.get(parts[0]), purpose + "\n" + token.substring(0, signatureStart),
                    parts[parts.length - 1])
                    ? claim(parts, 1)
                    : Optional.empty();
        }
        if (legacyKey.isPresent() && parts.length >= 2) {
            return signedWith(legacyKey.get(), token.substring(0, token.lastIndexOf('.')), parts[parts.length - 1])
                    ? claim(parts, 0)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private String sign(String payload) {
        return payload + "." + ENCODER.encodeToString(mac(keys.get(signingKey), purpose + "\n" + payload));
    }

    /** Constant time, so that the response time tells nothing of how close a forged signature is. */
    private static boolean signedWith(SecretKeySpec key, String payload, String signature) {
        try {
            return MessageDigest.isEqual(mac(key, payload), DECODER.decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The subject and, when there is one, the expiry, from the parts between the key id and the signature. */
    private static Optional<Claim> claim(String[] parts, int subjectIndex) {
        int signatureIndex = parts.length - 1;
        if (signatureIndex - subjectIndex == 1 && PART.matcher(parts[subjectIndex]).matches()) {
            return Optional.of(new Claim(parts[subjectIndex], Optional.empty()));
        }
        if (signatureIndex - subjectIndex == 2 && PART.matcher(parts[subjectIndex]).matches()) {
            try {
                return Optional.of(new Claim(parts[subjectIndex],
                        Optional.of(Instant.ofEpochSecond(Long.parseLong(parts[subjectIndex + 1])))));
            } catch (NumberFormatException | DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static byte[] mac(SecretKeySpec key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static SecretKeySpec secret(String id, String secret) {
        requirePart(id);
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("The secret of signing key '" + id + "' has " + bytes.length
                    + " bytes; it must have at least " + MINIMUM_SECRET_BYTES
                    + ": a random secret, such as the output of openssl rand -hex 32");
        }
        return new SecretKeySpec(bytes, ALGORITHM);
    }

    private String requireKey(String id, String setting) {
        if (!keys.containsKey(id)) {
            throw new IllegalArgumentException(setting + " names the key '" + id + "', which is not among the keys "
                    + keys.keySet());
        }
        return id;
    }

    private static String requirePart(String value) {
        if (value == null || !PART.matcher(value).matches()) {
            throw new IllegalArgumentException("A key id or subject of a link token is made of letters, digits, - and _"
                    + " only: " + value);
        }
        return value;
    }
}

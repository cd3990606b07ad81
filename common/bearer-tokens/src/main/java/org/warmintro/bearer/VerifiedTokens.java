package org.warmintro.bearer;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and then remembers it until it expires: a browser sends the same token with every call
 * of a session, and checking its RSA signature, decoding and parsing it again each time was a quarter of a service's
 * CPU under load.
 * <p>
 * Takes the place of smallrye-jwt's {@link DefaultJWTParser} wherever a {@link JWTParser} is injected (Quarkus'
 * bearer-token authentication among them) and asks that parser, configured as before, about every token it does not
 * hold. It holds only tokens that parser accepted, keyed by the whole token, so a changed byte is a different token
 * that is verified afresh; and it answers from memory only before the token's {@code exp} (and before
 * {@code iat + mp.jwt.verify.token.age} where that is set): from then on the token is verified again, so an expired
 * token is refused exactly as without this cache. The other methods of {@link JWTParser} pass straight through.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    private final Optional<Duration> maxTokenAge;
    private final Clock clock;
    private final Cache<String, Verified> verified;
    private final LongAdder verifications = new LongAdder();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo verification, BearerTokensConfig config) {
        this(verifier, Optional.ofNullable(verification.getTokenAge()).map(Duration::ofSeconds), config.cacheSize(),
                Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Optional<Duration> maxTokenAge, long cacheSize, Clock clock) {
        this.verifier = verifier;
        this.maxTokenAge = maxTokenAge;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(cacheSize)
                .expireAfter(Expiry.writing(
                        (String token, Verified entry) -> Duration.between(clock.instant(), entry.validUntil())))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            if (now.isBefore(known.validUntil())) {
                return known.token();
            }
            verified.invalidate(token);
        }
        verifications.increment();
        JsonWebToken accepted = verifier.parse(token);
        Instant validUntil = validUntil(accepted);
        if (now.isBefore(validUntil)) {
            verified.put(token, new Verified(accepted, validUntil));
        }
        return accepted;
    }

    /**
     * How many tokens were verified (signature and claims) since the service started; a token this cache answered
     * from memory does not count. Lets a test see that a second request with the same token is not verified again.
     */
    public long verifications() {
        return verifications.sum();
    }

    private Instant validUntil(JsonWebToken token) {
        Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
        if (maxTokenAge.isEmpty()) {
            return expires;
        }
        Instant tooOld = Instant.ofEpochSecond(token.getIssuedAtTime()).plus(maxTokenAge.get());
        return tooOld.isBefore(expires) ? tooOld : expires;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    private record Verified(JsonWebToken token, Instant validUntil) {
    }
}

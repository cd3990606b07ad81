package org.warmintro.bearer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final CountingVerifier verifier = new CountingVerifier(clock);

    @Test
    void aTokenSeenAgainWithinItsLifetimeIsNotVerifiedAgain() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), 100, clock);
        verifier.accept("session-token", NOW.plusSeconds(3600), NOW);

        JsonWebToken first = tokens.parse("session-token");
        clock.advance(Duration.ofMinutes(30));
        JsonWebToken second = tokens.parse("session-token");

        assertThat(second).isSameAs(first);
        assertThat(verifier.calls).isEqualTo(1);
        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void aTokenRememberedWhileValidIsRefusedOnceItHasExpired() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), 100, clock);
        verifier.accept("short-lived", NOW.plusSeconds(60), NOW);
        tokens.parse("short-lived");

        clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> tokens.parse("short-lived")).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).isEqualTo(2);
    }

    @Test
    void aTokenIsNotServedFromMemoryPastTheConfiguredMaximumAge() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.of(Duration.ofMinutes(5)), 100, clock);
        verifier.accept("long-lived", NOW.plusSeconds(3600), NOW);
        tokens.parse("long-lived");

        clock.advance(Duration.ofMinutes(5));
        tokens.parse("long-lived");

        assertThat(verifier.calls).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsVerifiedAgainEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), 100, clock);

        assertThatThrownBy(() -> tokens.parse("tampered")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("tampered")).isInstanceOf(ParseException.class);

        assertThat(verifier.calls).isEqualTo(2);
    }

    @Test
    void aChangedTokenIsVerifiedOnItsOwnEvenWhenTheOriginalIsRemembered() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(verifier, Optional.empty(), 100, clock);
        verifier.accept("header.claims.signature", NOW.plusSeconds(3600), NOW);
        tokens.parse("header.claims.signature");

        assertThatThrownBy(() -> tokens.parse("header.claimz.signature")).isInstanceOf(ParseException.class);
    }

    /** Accepts the tokens it was told of, until their expiry, as smallrye-jwt's parser would. */
    private static final class CountingVerifier implements JWTParser {

        private final Clock clock;
        private final Map<String, Token> known = new HashMap<>();
        int calls;

        CountingVerifier(Clock clock) {
            this.clock = clock;
        }

        void accept(String raw, Instant expires, Instant issued) {
            known.put(raw, new Token(raw, expires.getEpochSecond(), issued.getEpochSecond()));
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls++;
            Token accepted = known.get(token);
            if (accepted == null || clock.instant().getEpochSecond() >= accepted.getExpirationTime()) {
                throw new ParseException("refused: " + token);
            }
            return accepted;
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }

    private record Token(String raw, long getExpirationTime, long getIssuedAtTime) implements JsonWebToken {

        @Override
        public String getName() {
            return raw;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "iat");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) switch (claimName) {
                case "exp" -> Long.valueOf(getExpirationTime);
                case "iat" -> Long.valueOf(getIssuedAtTime);
                default -> null;
            };
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

package org.warmintro.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local run's identity provider in miniature: an RSA key pair kept in the data directory (the services verify
 * with its public half) and bearer tokens for a few demo members.
 */
public final class MemberTokens {

    public static final String ISSUER = "https://warmintro.org/local";
    /** The audience the services accept by default ({@code JWT_AUDIENCE}): tokens issued for the platform. */
    public static final String AUDIENCE = "warmintro";
    /** The connector of the story, and a second member to see that networks stay apart. */
    public static final List<String> DEMO_MEMBERS = List.of("connector", "second-member");
    /** The subject and group of the operator's token, {@code <dir>/operator.jwt}. */
    public static final String OPERATOR = "operator";
    private static final int VALID_DAYS = 30;

    private final Path publicKeyFile;
    private final PrivateKey signingKey;

    private MemberTokens(Path publicKeyFile, PrivateKey signingKey) {
        this.publicKeyFile = publicKeyFile;
        this.signingKey = signingKey;
    }

    /** Loads the key pair from {@code dir}, or makes one on the first run. */
    public static MemberTokens in(Path dir) {
        Path privateKeyFile = dir.resolve("privateKey.pem");
        Path publicKeyFile = dir.resolve("publicKey.pem");
        try {
            if (!Files.exists(privateKeyFile) || !Files.exists(publicKeyFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            byte[] encoded = Base64.getMimeDecoder().decode(Files.readString(privateKeyFile)
                    .replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            return new MemberTokens(publicKeyFile, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the token keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the token keys", e);
        }
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A token of {@code memberId}, valid for 30 days. */
    public String tokenFor(String memberId) {
        return token(memberId, "member");
    }

    /**
     * A token of someone who runs the platform (the {@code operator} group), valid for 30 days: it reads and replays
     * the services' dead letters, and sees no member's network.
     */
    public String operatorToken() {
        return token(OPERATOR, OPERATOR);
    }

    private String token(String subject, String group) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim("name", subject.replace('-', ' '));
        claims.setClaim("email", subject + "@members.example.org");
        claims.setClaim("email_verified", true);
        claims.setStringListClaim("groups", group);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(VALID_DAYS * 24 * 60);
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(signingKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /**
     * Fresh tokens of the demo members, also written to {@code <dir>/<member>.jwt} for scripts to read, with the
     * operator's beside them ({@code <dir>/operator.jwt}).
     */
    public Map<String, String> writeDemoTokens(Path dir) {
        Map<String, String> tokens = DEMO_MEMBERS.stream()
                .collect(Collectors.toMap(Function.identity(), this::tokenFor));
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                Files.writeString(dir.resolve(token.getKey() + ".jwt"), token.getValue());
            }
            Files.writeString(dir.resolve(OPERATOR + ".jwt"), operatorToken());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo tokens to " + dir, e);
        }
        return tokens;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

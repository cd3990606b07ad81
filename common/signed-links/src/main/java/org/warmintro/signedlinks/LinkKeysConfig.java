package org.warmintro.signedlinks;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Size;

/**
 * The keys of a kind of signed link, as a group of a service's {@code @ConfigMapping}: one signs, every one listed
 * verifies, so that a secret can be replaced while the links it signed are still out (README: Replacing a signing
 * secret). Validated at start-up: a service does not start with a secret shorter than 32 characters, which are at
 * least 32 bytes.
 */
public interface LinkKeysConfig {

    /** The id of the key that signs new links; one of {@link #keys()}. */
    String signingKey();

    /** Every key that verifies links, by id: the one that signs, and those retiring while their links are out. */
    Map<String, @Size(min = LinkTokens.MINIMUM_SECRET_BYTES, message = "must be at least 32 characters: a random"
            + " secret, such as the output of openssl rand -hex 32") String> keys();

    /**
     * The key that verifies the links signed before links carried a key id; none once those links are past. Such a
     * link is read as it was written then, without the purpose in its signature.
     */
    Optional<String> legacyKey();
}

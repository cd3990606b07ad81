package org.warmintro.signedlinks;

import java.util.Map;
import java.util.Optional;

/** Link keys as a service's configuration would give them. */
record Keys(String signingKey, Map<String, String> keys, Optional<String> legacyKey) implements LinkKeysConfig {

    static Keys signingWith(String id, String secret) {
        return new Keys(id, Map.of(id, secret), Optional.empty());
    }
}

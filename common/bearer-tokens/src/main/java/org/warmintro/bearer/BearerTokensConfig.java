package org.warmintro.bearer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "warmintro.bearer-tokens")
public interface BearerTokensConfig {

    /**
     * How many verified tokens a service keeps at most; the least used go first. A member's browser sends one token
     * for a whole session, so this is about the number of members signed in at once.
     */
    @WithDefault("10000")
    long cacheSize();
}

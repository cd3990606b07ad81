package org.warmintro.notification.digest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification.digest")
public interface DigestConfig {

    /** A member gets at most one digest per period; what happens meanwhile waits for the next. */
    @WithDefault("24h")
    Duration period();

    /**
     * How long the first item of a digest waits for others: events of one action (a batch of suggestions) arrive
     * together and belong in one digest.
     */
    @WithDefault("15m")
    Duration gatherTime();

    /** How often the digests due are looked for. */
    @WithDefault("1m")
    Duration checkInterval();
}

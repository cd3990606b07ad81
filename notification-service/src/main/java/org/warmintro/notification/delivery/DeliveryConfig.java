package org.warmintro.notification.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {

    /**
     * How often the dispatcher looks for what became due by waiting (retries, deferred emails); a new notification
     * does not wait for it.
     */
    @WithDefault("1s")
    Duration dispatchInterval();

    /** How many due notifications one run of the dispatcher sends at most, before it publishes their outcomes. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a notification taken by a dispatcher is left to it: longer than any SMTP exchange (the send timeout),
     * so that no other instance sends it meanwhile; after it, a notification whose dispatcher died is due again.
     */
    @WithDefault("1m")
    Duration lease();

    /**
     * How long one SMTP exchange may take before it counts as failed. A timed-out email may have reached the server
     * all the same: its retry carries the same Message-ID.
     */
    @WithDefault("30s")
    Duration sendTimeout();

    Retry retry();

    interface Retry {

        /** Attempts in all, the first included; after the last one the notification is FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each failure, up to {@link #maxBackoff()}. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();
    }
}

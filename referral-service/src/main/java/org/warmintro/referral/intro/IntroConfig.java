package org.warmintro.referral.intro;

import java.time.Duration;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "referral.intro")
public interface IntroConfig {

    /** Signs the opt-in links; whoever knows it can answer for any target, so it must not be guessable. */
    @Size(min = 32, message = "must be at least 32 characters: a random secret, such as the output of "
            + "openssl rand -hex 32")
    String tokenSecret();

    /** How long the target has to answer before the request expires. */
    @WithDefault("P14D")
    Duration optInValidity();

    /** How long before the expiry the target is reminded, once. */
    @WithDefault("P3D")
    Duration reminderBefore();

    /** How long a declined pair rests before the connector may propose it again. */
    @WithDefault("P90D")
    Duration declineCoolDown();

    /** How often expiries and reminders are looked for, as {@code @Scheduled(every)} reads it. */
    @WithDefault("1m")
    String optInSweepInterval();

    /** How often the relay looks for events a wake-up missed, as {@code @Scheduled(every)} reads it. */
    @WithDefault("1s")
    String relaySweepInterval();

    /** How many intros the relay takes per query. */
    @WithDefault("100")
    int relayBatchSize();

    /** How long the relay waits for Kafka to acknowledge a batch before leaving the rest for the next sweep. */
    @WithDefault("PT10S")
    Duration relayAcknowledgementTimeout();

    /**
     * How often the figures of {@code warmintro.intros} and {@code warmintro.outbox.backlog} are read from MongoDB,
     * as {@code @Scheduled(every)} reads it; a scrape only reads the last figures.
     */
    @WithDefault("15s")
    String metricsRefreshInterval();
}

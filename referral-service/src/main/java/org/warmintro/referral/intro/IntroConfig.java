package org.warmintro.referral.intro;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.warmintro.outbox.RelayConfig;
import org.warmintro.signedlinks.LinkKeysConfig;

@ConfigMapping(prefix = "referral.intro")
public interface IntroConfig {

    /**
     * The keys of the opt-in links; whoever holds one can answer for any target, so it must not be guessable. Only
     * the dev and test profiles have keys of their own (application.properties).
     */
    LinkKeysConfig links();

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

    /** The relay of the intros' events to {@code referrals.intros.v1}. */
    RelayConfig relay();

    /**
     * How often the figures of {@code warmintro.intros} and {@code warmintro.outbox.backlog} are read from MongoDB,
     * as {@code @Scheduled(every)} reads it; a scrape only reads the last figures.
     */
    @WithDefault("15s")
    String metricsRefreshInterval();
}

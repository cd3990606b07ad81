package org.warmintro.outbox;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/** The settings of a {@link Relay}, as a group of a service's {@code @ConfigMapping}. */
public interface RelayConfig {

    /** How many events the relay reads and sends before it waits for their acknowledgements. */
    int batchSize();

    /**
     * How long the relay waits for Kafka to acknowledge a batch before it leaves the rest for the next attempt; longer
     * than the producer's delivery timeout, so that every send has answered by then.
     */
    Duration acknowledgementTimeout();

    /** How often the relay looks for events a wake-up missed, as {@code @Scheduled(every)} reads it. */
    @WithDefault("1s")
    String sweepInterval();

    /**
     * How long the relay waits after a failed attempt (Kafka or the storage away): this long after the first, doubling
     * with each failure in a row up to {@link #maxBackoff()}, jittered.
     */
    @WithDefault("PT1S")
    Duration initialBackoff();

    @WithDefault("PT10S")
    Duration maxBackoff();
}

package org.warmintro.contacts.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "contacts.outbox")
public interface OutboxConfig {

    /** How many events the relay sends before it waits for their acknowledgements. */
    @WithDefault("500")
    int batchSize();

    /**
     * How long the relay waits for Kafka to acknowledge a batch; longer than the producer's delivery timeout, so
     * that every send has answered by then.
     */
    @WithDefault("20s")
    Duration acknowledgementTimeout();
}

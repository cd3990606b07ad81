package org.warmintro.outbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code warmintro.outbox.backlog{topic}}: how many events wait in an outbox for Kafka. It grows while Kafka is away
 * or the relay falls behind, and is back at zero once everything is published. A scrape reads the last figure the
 * service set, so that a dashboard refreshing often costs the store nothing more.
 */
public final class BacklogGauge {

    private final AtomicLong waiting = new AtomicLong();

    public BacklogGauge(MeterRegistry registry, String topic) {
        Gauge.builder("warmintro.outbox.backlog", waiting, AtomicLong::get)
                .description("Events recorded but not yet published to Kafka")
                .tag("topic", topic)
                .register(registry);
    }

    public void set(long events) {
        waiting.set(events);
    }
}

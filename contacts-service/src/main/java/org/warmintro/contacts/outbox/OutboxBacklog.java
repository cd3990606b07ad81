package org.warmintro.contacts.outbox;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code warmintro.outbox.backlog}: how many events wait in the outbox for Kafka. It grows while Kafka is away or the
 * relay falls behind, and is back at zero once everything is published.
 *
 * <p>A scrape reads the last figure; the figure is refreshed on the relay's rhythm from the span of ids still in the
 * outbox, two lookups in its primary key index rather than a count that would read every waiting row while a large
 * backlog builds up. Ids lost to rolled-back transactions inside that span count too, so it may overstate a little.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final EntityManager entityManager;
    private final AtomicLong waiting = new AtomicLong();

    OutboxBacklog(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("warmintro.outbox.backlog", waiting, AtomicLong::get)
                .description("Events recorded but not yet published to Kafka")
                .tag("topic", "contacts.profiles.v1")
                .register(registry);
    }

    @Scheduled(every = "${contacts.outbox.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        Number span = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select coalesce(max(id) - min(id) + 1, 0) from outbox_event").getSingleResult());
        waiting.set(span.longValue());
    }
}

package org.warmintro.contacts.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.warmintro.outbox.BacklogGauge;

/**
 * {@code warmintro.outbox.backlog{topic="contacts.profiles.v1"}}, refreshed on the relay's rhythm from the span of
 * ids still in the outbox: two lookups in its primary key index rather than a count that would read every waiting row
 * while a large backlog builds up. Ids lost to rolled-back transactions inside that span count too, so it may
 * overstate a little.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final EntityManager entityManager;
    private final BacklogGauge gauge;

    OutboxBacklog(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.gauge = new BacklogGauge(registry, "contacts.profiles.v1");
    }

    @Scheduled(every = "${contacts.outbox.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        Number span = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("select coalesce(max(id) - min(id) + 1, 0) from outbox_event").getSingleResult());
        gauge.set(span.longValue());
    }
}

package org.warmintro.notification.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.warmintro.outbox.CloudEventSender;
import org.warmintro.outbox.Relay;

/**
 * Publishes what became of each notification ({@link OutcomeOutbox}) to {@code notifications.deliveries.v1}: woken
 * by the dispatcher after each run, and on a sweep for what did not reach the broker, without holding up the emails.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    /** After the default priority of observers, the dispatcher's among them. */
    private static final int OUTCOMES_LAST = Interceptor.Priority.APPLICATION + 1000;

    private final Relay<Notification> relay;

    DeliveryOutcomes(@Channel("delivery-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> deliveryEvents, OutcomeOutbox outbox, DeliveryConfig config) {
        this.relay = new Relay<>("notifications.deliveries.v1", outbox, new CloudEventSender(deliveryEvents),
                config.outcomes(), Infrastructure.getDefaultWorkerPool());
    }

    /** Asks for the outcomes recorded so far to be published; returns at once. */
    void wakeUp() {
        relay.wakeUp();
    }

    @Scheduled(every = "${notification.delivery.outcomes.sweep-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        relay.publishPending();
    }

    /**
     * Ends the batch under way before Kafka's producer and the database close; after the dispatcher's own shutdown
     * (a later priority), so that the outcome of the last email it sent is published with the rest.
     */
    void finishOnShutdown(@Observes @Priority(OUTCOMES_LAST) ShutdownEvent shutdown) throws InterruptedException {
        relay.stop();
    }
}

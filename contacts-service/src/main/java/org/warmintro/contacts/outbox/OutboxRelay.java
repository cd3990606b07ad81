package org.warmintro.contacts.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.warmintro.outbox.CloudEventSender;
import org.warmintro.outbox.Relay;

/**
 * Publishes the outbox ({@link OutboxTable}) to {@code contacts.profiles.v1}, keyed by contact id, as soon as a
 * transaction that recorded events commits, and on a sweep for what a wake-up missed: events of a replica that
 * crashed, or of a time Kafka was away. Delivery is at least once; consumers ignore versions they already have.
 */
@ApplicationScoped
public class OutboxRelay {

    private final Relay<OutboxEvent> relay;

    OutboxRelay(@Channel("contact-profiles") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> profiles, OutboxTable table, ManagedExecutor executor, OutboxConfig config) {
        this.relay = new Relay<>("contacts.profiles.v1", table, new CloudEventSender(profiles), config, executor);
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventsRecorded recorded) {
        relay.wakeUp();
    }

    @Scheduled(every = "${contacts.outbox.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        relay.publishPending();
    }

    /** Ends the batch under way before Kafka's producer and the store close, and starts no other. */
    void finishOnShutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        relay.stop();
    }
}

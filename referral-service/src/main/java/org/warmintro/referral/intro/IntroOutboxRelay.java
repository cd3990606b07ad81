package org.warmintro.referral.intro;

import java.util.concurrent.ExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.warmintro.outbox.CloudEventSender;
import org.warmintro.outbox.Relay;

/**
 * Publishes the events kept in the intros' documents ({@link IntroOutbox}) to {@code referrals.intros.v1}, keyed by
 * intro id: each intro's in order, at least once (consumers recognise a repeated {@code ce_id}).
 */
@ApplicationScoped
public class IntroOutboxRelay {

    private final Relay<IntroOutbox.Waiting> relay;

    IntroOutboxRelay(@Channel("intro-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> introEvents, IntroOutbox outbox, ExecutorService executor, IntroConfig config) {
        this.relay = new Relay<>("referrals.intros.v1", outbox, new CloudEventSender(introEvents), config.relay(),
                executor);
    }

    /** Called after a write that stored events, so that they go out now rather than at the next sweep. */
    void wakeUp() {
        relay.wakeUp();
    }

    /** Catches what a wake-up missed: events of a replica that crashed, or of a time Kafka was away. */
    @Scheduled(every = "${referral.intro.relay.sweep-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        relay.publishPending();
    }

    /** Ends the batch under way before Kafka's producer and the store close, and starts no other. */
    void finishOnShutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        relay.stop();
    }
}

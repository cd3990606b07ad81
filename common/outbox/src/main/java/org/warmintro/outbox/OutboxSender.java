package org.warmintro.outbox;

import java.util.concurrent.CompletionStage;

/** Hands an event to Kafka; the stage completes when Kafka acknowledged it, and fails when it will not. */
@FunctionalInterface
public interface OutboxSender {

    CompletionStage<Void> send(OutboxMessage message);
}

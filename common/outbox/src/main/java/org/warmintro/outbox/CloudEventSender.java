package org.warmintro.outbox;

import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.warmintro.tracing.TraceParent;

/**
 * Sends through a Kafka channel whose connector writes CloudEvents in binary mode
 * ({@code cloud-events-mode=binary}, with the channel's {@code cloud-events-source}): the key, the event's
 * attributes, and the trace context of the work that stored it, whose trace the producer span continues.
 */
public final class CloudEventSender implements OutboxSender {

    private final Emitter<String> channel;

    public CloudEventSender(Emitter<String> channel) {
        this.channel = channel;
    }

    @Override
    public CompletionStage<Void> send(OutboxMessage message) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(message.key()).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(message.id())
                        .withType(message.type())
                        .withSubject(message.subject())
                        .withTimestamp(message.occurredAt().atZone(ZoneOffset.UTC))
                        .build(),
                TracingMetadata.withCurrent(TraceParent.restore(message.traceparent())));
        channel.send(Message.of(message.data(), metadata,
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }
}

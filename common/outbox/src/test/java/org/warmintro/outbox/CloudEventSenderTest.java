package org.warmintro.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** What the relay hands to a Kafka channel: the record and CloudEvent attributes, the trace, the acknowledgement. */
class CloudEventSenderTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final OutboxMessage MESSAGE = new OutboxMessage("contact-1", "event-1",
            "network.contact.upserted.v1", "contact-1", Instant.parse("2026-01-29T12:00:00Z"), TRACEPARENT,
            "{\"contactId\":\"contact-1\"}");

    private final CapturingChannel channel = new CapturingChannel();
    private final CloudEventSender sender = new CloudEventSender(channel);

    @Test
    void theRecordIsKeyedAndCarriesTheEventsAttributesAndData() {
        sender.send(MESSAGE);

        Message<String> sent = channel.sent.get(0);
        assertThat(sent.getPayload()).isEqualTo(MESSAGE.data());
        assertThat(sent.getMetadata(OutgoingKafkaRecordMetadata.class)).get()
                .extracting(OutgoingKafkaRecordMetadata::getKey).isEqualTo("contact-1");
        OutgoingCloudEventMetadata<?> cloudEvent = sent.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        assertThat(cloudEvent.getId()).isEqualTo("event-1");
        assertThat(cloudEvent.getType()).isEqualTo("network.contact.upserted.v1");
        assertThat(cloudEvent.getSubject()).contains("contact-1");
        assertThat(cloudEvent.getTimeStamp()).contains(MESSAGE.occurredAt().atZone(ZoneOffset.UTC));
    }

    @Test
    void theSendContinuesTheTraceOfTheWorkThatStoredTheEvent() {
        sender.send(MESSAGE);

        TracingMetadata tracing = channel.sent.get(0).getMetadata(TracingMetadata.class).orElseThrow();
        SpanContext parent = Span.fromContext(tracing.getCurrentContext()).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(parent.getSpanId()).isEqualTo("00f067aa0ba902b7");
    }

    @Test
    void aTombstoneHasNoData() {
        sender.send(new OutboxMessage("contact-1", "event-2", "network.contact.erased.v1", "contact-1",
                Instant.parse("2026-01-29T12:00:00Z"), null, null));

        assertThat(channel.sent.get(0).getPayload()).isNull();
    }

    @Test
    void theStageCompletesWhenKafkaAcknowledgesAndFailsWhenItDoesNot() {
        CompletableFuture<Void> acknowledged = sender.send(MESSAGE).toCompletableFuture();
        CompletableFuture<Void> refused = sender.send(MESSAGE).toCompletableFuture();
        assertThat(acknowledged).isNotDone();

        channel.sent.get(0).ack();
        channel.sent.get(1).nack(new IllegalStateException("not leader"));

        assertThat(acknowledged).isCompleted();
        assertThat(refused).isCompletedExceptionally();
    }

    private static final class CapturingChannel implements Emitter<String> {

        private final List<Message<String>> sent = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <M extends Message<? extends String>> void send(M message) {
            sent.add((Message<String>) message);
        }

        @Override
        public CompletionStage<Void> send(String payload) {
            throw new UnsupportedOperationException("the relay sends messages with metadata");
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}

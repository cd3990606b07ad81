package org.warmintro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.warmintro.tracing.TraceParent;

/** Publishes what became of each notification, as CloudEvents keyed by intro id: an intro's events stay in order. */
@ApplicationScoped
public class DeliveryOutcomes {

    private final MutinyEmitter<DeliveryOutcome> emitter;
    private final MeterRegistry registry;

    DeliveryOutcomes(@Channel("delivery-events") MutinyEmitter<DeliveryOutcome> emitter, MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    /** Returns once the broker has the event. */
    void publish(Notification notification) {
        DeliveryOutcome outcome = DeliveryOutcome.of(notification);
        OutgoingCloudEventMetadata<DeliveryOutcome> cloudEvent = OutgoingCloudEventMetadata.<DeliveryOutcome> builder()
                .withId(eventId(outcome.type(), notification.id))
                .withType(outcome.type())
                .withSubject(notification.id.toString())
                .withTimestamp(outcome.occurredAt().atZone(ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String> builder()
                .withKey(notification.introId.toString())
                .build();
        // in the trace of the intro event that asked for the email, like the span of its sending
        TracingMetadata trace = TracingMetadata.withCurrent(TraceParent.restore(notification.traceparent));
        emitter.sendMessageAndAwait(Message.of(outcome, Metadata.of(cloudEvent, record, trace)));
        // counted once published: an outcome published again after a crash counts again, which a rate shrugs off
        registry.counter("warmintro.emails", "outcome", outcome.status().name().toLowerCase(Locale.ROOT),
                "template", outcome.template().name()).increment();
    }

    /** Derived, not random: an outcome published again after a crash carries the same id, and consumers drop it. */
    private static String eventId(String type, UUID notificationId) {
        return UUID.nameUUIDFromBytes((type + ':' + notificationId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

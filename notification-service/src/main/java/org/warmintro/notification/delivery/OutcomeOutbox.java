package org.warmintro.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.outbox.OutboxBatch;
import org.warmintro.outbox.OutboxMessage;
import org.warmintro.outbox.OutboxStorage;

/**
 * The outcomes waiting for the broker are the notifications' rows whose outcome was not published yet: a round of
 * the relay locks them for its transaction ({@code SKIP LOCKED}, so replicas share them), and marks published the
 * ones Kafka acknowledged. Keyed by intro id, so that an intro's outcomes stay in order.
 */
@ApplicationScoped
class OutcomeOutbox implements OutboxStorage<Notification> {

    private final NotificationRepository notifications;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final Clock clock;

    OutcomeOutbox(NotificationRepository notifications, ObjectMapper json, MeterRegistry registry, Clock clock) {
        this.notifications = notifications;
        this.json = json;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public <T> Optional<T> exclusively(Supplier<T> round) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.of(round.get()));
    }

    @Override
    public OutboxBatch<Notification> read(int limit) {
        List<Notification> unpublished = notifications.lockUnpublishedOutcomes(limit);
        return new OutboxBatch<>(unpublished, unpublished.size() == limit);
    }

    @Override
    public OutboxMessage message(Notification notification) {
        DeliveryOutcome outcome = DeliveryOutcome.of(notification);
        // in the trace of the intro event that asked for the email, like the span of its sending
        return new OutboxMessage(notification.introId.toString(), eventId(outcome.type().type(), notification.id),
                outcome.type().type(), notification.id.toString(), outcome.occurredAt(), notification.traceparent,
                toJson(outcome.data()));
    }

    @Override
    public void markSent(List<Notification> published) {
        Instant now = NotificationDelivery.now(clock);
        for (Notification notification : published) {
            notification.outcomePublishedAt = now;
            // the email left, or never will: the target's opt-in link has no reason to stay here
            notification.optInUrl = null;
            // counted once published: an outcome published again after a crash counts again, which a rate shrugs off
            registry.counter("warmintro.emails", "outcome", notification.status.name().toLowerCase(Locale.ROOT),
                    "template", notification.template.name()).increment();
        }
    }

    /** Derived, not random: an outcome published again after a crash carries the same id, and consumers drop it. */
    private static String eventId(String type, UUID notificationId) {
        return UUID.nameUUIDFromBytes((type + ':' + notificationId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery outcome cannot be written as JSON", e);
        }
    }
}

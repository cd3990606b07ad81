package org.warmintro.contacts.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;
import org.warmintro.tracing.TraceParent;

/**
 * Records events in the transaction of the change they describe, so that an event is published if and only if the
 * change was committed: a caller told "done" never loses its event, even while Kafka is down.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Event<OutboxEventsRecorded> recorded;

    Outbox(ObjectMapper json, EntityManager entityManager, Event<OutboxEventsRecorded> recorded) {
        this.json = json;
        this.entityManager = entityManager;
        this.recorded = recorded;
    }

    /** An event to record: its data is written as JSON, or the event is a tombstone when the data is null. */
    public record PendingEvent(String eventType, UUID aggregateId, Object data) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventType, UUID aggregateId, Object data) {
        recordAll(List.of(new PendingEvent(eventType, aggregateId, data)));
    }

    /**
     * Records the events in one JDBC batch: an import writes thousands, and the identity ids that keep them in commit
     * order would otherwise cost a round trip each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        String traceparent = TraceParent.current();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event"
                    + " (event_id, event_type, aggregate_id, payload, occurred_at, traceparent) values (?, ?, ?, ?, ?, ?)")) {
                for (PendingEvent event : events) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, event.eventType());
                    insert.setObject(3, event.aggregateId());
                    insert.setString(4, event.data() == null ? null : toJson(event.data()));
                    insert.setObject(5, occurredAt);
                    insert.setString(6, traceparent);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        recorded.fire(new OutboxEventsRecorded(events.size()));
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}

package org.warmintro.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as it leaves the outbox: a CloudEvent on a Kafka record.
 *
 * @param key         the record's key; the events of one key are published in the order the storage reads them
 * @param id          the CloudEvent id, the same each time the event is sent again, so that consumers drop copies
 * @param subject     the CloudEvent subject: what the event is about
 * @param traceparent the W3C traceparent of the work that stored the event, whose trace the sending continues; null
 *                    outside any trace
 * @param data        the JSON data; null for a tombstone
 */
public record OutboxMessage(String key, String id, String type, String subject, Instant occurredAt,
        String traceparent, String data) {

    public OutboxMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

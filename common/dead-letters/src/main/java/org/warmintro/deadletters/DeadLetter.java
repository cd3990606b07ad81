package org.warmintro.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.cloudevents.CloudEventHeaders;

/**
 * A record on a dead-letter topic, as an operator needs it to judge whether its cause is fixed; its value, which may
 * name people, stays on the topic.
 */
@Schema(name = "DeadLetter")
public record DeadLetter(
        int partition,
        long offset,
        @Schema(description = "The record's key: the id of the contact or the intro it is about") String key,
        @Schema(description = "When it was dead-lettered") Instant deadLetteredAt,
        @Schema(description = "The CloudEvent type (ce_type)", example = "network.contact.upserted.v1") String type,
        @Schema(description = "The CloudEvent id (ce_id)") String id,
        @Schema(description = "Why it could not be processed (dead-letter-reason)") String reason,
        @Schema(description = "What caused that, when known (dead-letter-cause)") String cause,
        @Schema(description = "Where it was on its topic (dead-letter-partition, dead-letter-offset)",
                example = "3@1207") String origin) {

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(record.partition(), record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                Instant.ofEpochMilli(record.timestamp()),
                header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.ID),
                header(record, "dead-letter-reason"), header(record, "dead-letter-cause"),
                header(record, "dead-letter-partition") + "@" + header(record, "dead-letter-offset"));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }
}

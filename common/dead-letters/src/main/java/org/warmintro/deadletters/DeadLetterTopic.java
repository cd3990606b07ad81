package org.warmintro.deadletters;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of this service's dead-letter topics and what its partitions hold. */
@Schema(name = "DeadLetterTopic")
public record DeadLetterTopic(
        @Schema(example = "contacts.profiles.v1.dlq") String deadLetterTopic,
        @Schema(description = "Where its records came from, and go back to when replayed",
                example = "contacts.profiles.v1") String topic,
        List<Partition> partitions) {

    /** The records of one partition: offsets from {@code firstOffset} to before {@code endOffset}. */
    @Schema(name = "DeadLetterPartition")
    public record Partition(int partition, long firstOffset, long endOffset) {
    }
}

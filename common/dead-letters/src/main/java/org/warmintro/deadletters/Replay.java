package org.warmintro.deadletters;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a replay sent back: per partition of the dead-letter topic, the offsets from {@code from} to before {@code to}.
 */
@Schema(name = "DeadLetterReplay")
public record Replay(
        @Schema(example = "contacts.profiles.v1.dlq") String deadLetterTopic,
        @Schema(description = "Where the records went back to", example = "contacts.profiles.v1") String topic,
        @Schema(description = "How many records were sent back") int replayed,
        @Schema(description = "Only the partitions that had records to replay; a next replay of a partition may "
                + "start at its 'to'") List<Partition> partitions) {

    @Schema(name = "DeadLetterReplayPartition")
    public record Partition(int partition, long from, long to) {
    }
}

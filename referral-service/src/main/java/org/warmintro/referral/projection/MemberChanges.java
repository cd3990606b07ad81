package org.warmintro.referral.projection;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes {@link MemberChange}s on {@code referral.member-changes.v1}, keyed by member id: Kafka's partitioner then
 * sends all of a member's changes to one partition, and so to the one replica that holds the member's matching state.
 */
@ApplicationScoped
public class MemberChanges {

    private final Emitter<String> emitter;
    private final ObjectWriter writer;

    MemberChanges(@Channel("member-changes-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            Emitter<String> emitter, ObjectMapper mapper) {
        this.emitter = emitter;
        this.writer = mapper.writerFor(MemberChange.class);
    }

    /** @return completed once the broker has the record, failed if it never will */
    public CompletionStage<Void> publish(String memberId, MemberChange change) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        emitter.send(Message.of(json(change))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(memberId).build())
                .withAck(() -> {
                    written.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    written.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return written;
    }

    private String json(MemberChange change) {
        try {
            return writer.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A member change cannot be written as JSON", e);
        }
    }
}

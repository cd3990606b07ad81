package org.warmintro.referral.projection;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads {@code contacts.profiles.v1} into the {@link ContactProfileProjection} and announces each change it stored.
 * A record is acknowledged, and its offset may be committed, only once its member change is on the broker; the next
 * record does not wait for that, so the records of a partition are applied one after the other at the speed of
 * MongoDB while their announcements are written in the background, in order. A record the projection fails (rejected
 * at once, or still failing after its retries) is nacked: the channel's failure strategy dead-letters it.
 */
@ApplicationScoped
public class ContactProfileConsumer {

    private final ContactProfileProjection projection;
    private final MemberChanges memberChanges;

    ContactProfileConsumer(ContactProfileProjection projection, MemberChanges memberChanges) {
        this.projection = projection;
        this.memberChanges = memberChanges;
    }

    @Incoming("contact-profiles")
    @Blocking
    public CompletionStage<Void> consume(Message<String> record) {
        Optional<ContactProfileProjection.Announcement> announcement;
        try {
            @SuppressWarnings("unchecked")
            IncomingKafkaRecordMetadata<String, String> kafka = record.getMetadata(IncomingKafkaRecordMetadata.class)
                    .orElseThrow(() -> new IllegalStateException("A record came without its Kafka metadata"));
            announcement = projection.apply(kafka.getKey(), record.getPayload(), kafka.getHeaders());
        } catch (RuntimeException e) {
            return record.nack(e);
        }
        if (announcement.isEmpty()) {
            return record.ack();
        }
        CompletionStage<Void> written;
        try {
            written = memberChanges.publish(announcement.get().memberId(), announcement.get().change());
        } catch (RuntimeException e) {
            // the emitter's buffer is full: Kafka has been away for a while
            return record.nack(e);
        }
        written.whenComplete((done, failure) -> {
            if (failure == null) {
                record.ack();
            } else {
                record.nack(failure);
            }
        });
        return CompletableFuture.completedFuture(null);
    }
}

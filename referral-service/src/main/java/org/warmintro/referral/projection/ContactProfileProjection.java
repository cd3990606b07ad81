package org.warmintro.referral.projection;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.warmintro.cloudevents.CloudEventHeaders;
import org.warmintro.contracts.EventType;
import org.warmintro.contracts.network.ContactUpserted;
import org.jboss.logging.Logger;
import org.warmintro.deadletters.ConsumerRetry;

/**
 * Keeps {@link ContactProfiles} in step with {@code contacts.profiles.v1}: a snapshot replaces an older copy, a
 * tombstone erases the person. Each change stored is then announced on {@code referral.member-changes.v1} under the
 * member's id ({@link MemberChanges}), for the replica that keeps that member's matches.
 *
 * <p>Records are applied one at a time in partition order, so a tombstone is never overtaken by an older snapshot of
 * the same contact. A record that can never be applied ({@link RejectedContactEvent}) goes to
 * {@code contacts.profiles.v1.dlq} at once with the reason, and the partition moves on. One that fails otherwise
 * (MongoDB away, a timeout) is tried again with exponential backoff, holding the partition, for up to 45 seconds; only
 * then is it dead-lettered, to be replayed once the cause is fixed (README: Dead letters).
 *
 * <p>{@code warmintro.projection.lag} times each change from its CloudEvent {@code time} (when contacts-service
 * recorded it) to the moment the projection holds it, before matching: what an operator watches to see how far behind
 * the contacts the referrals are.
 */
@ApplicationScoped
// made at start-up rather than on the first record, so that the lag metric is on the scrape from the start
@Startup
public class ContactProfileProjection {

    static final String CONTACT_UPSERTED = EventType.CONTACT_UPSERTED.type();

    private static final Logger LOG = Logger.getLogger(ContactProfileProjection.class);
    private static final Duration ERASURE_PUBLISH_TIMEOUT = Duration.ofSeconds(10);

    private final ContactProfiles profiles;
    private final ObjectReader snapshotReader;
    private final MemberChanges memberChanges;
    private final Event<ContactErased> erased;
    private final Timer lag;

    ContactProfileProjection(ContactProfiles profiles, ObjectMapper mapper, MemberChanges memberChanges,
            Event<ContactErased> erased, MeterRegistry registry) {
        this.profiles = profiles;
        this.snapshotReader = mapper.readerFor(ContactUpserted.class);
        this.memberChanges = memberChanges;
        this.erased = erased;
        this.lag = Timer.builder("warmintro.projection.lag")
                .description("From a profile change's CloudEvent time to its storage in the projection")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(100))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
    }

    /** A stored change, for the replica that holds the member's matching state. */
    public record Announcement(String memberId, MemberChange change) {
    }

    /**
     * Applies one record of the topic ({@link ContactProfileConsumer} hands them over).
     *
     * @return the change to announce under the member's id; empty when the record changed nothing
     * @throws RejectedContactEvent when the record can never be applied
     */
    @Retry(maxRetries = -1, delay = ConsumerRetry.DELAY_MS, jitter = ConsumerRetry.JITTER_MS,
            maxDuration = ConsumerRetry.MAX_DURATION_MS, abortOn = RejectedContactEvent.class)
    @ExponentialBackoff(factor = ConsumerRetry.BACKOFF_FACTOR, maxDelay = ConsumerRetry.MAX_DELAY_MS)
    public Optional<Announcement> apply(String contactId, String value, Headers headers) {
        if (contactId == null) {
            throw new RejectedContactEvent("the record has no key; it must be the contact id");
        }
        if (value == null) {
            // compaction deletes the key on a null value whatever the headers say; a replay must end the same way
            erase(contactId);
            recordLag(contactId, headers);
            return Optional.empty();
        }
        String type = CloudEventHeaders.text(headers, CloudEventHeaders.TYPE);
        if (!CONTACT_UPSERTED.equals(type)) {
            throw new RejectedContactEvent("unsupported event type " + type + " with a value on key " + contactId);
        }
        ContactProfile profile = new ContactProfile(parse(value));
        if (!contactId.equals(profile.contactId())) {
            // stored under another id, the copy would survive the tombstone that erases this key
            throw new RejectedContactEvent("the snapshot of contact " + profile.contactId() + " came with key "
                    + contactId);
        }
        ContactProfiles.Storing storing = profiles.storeIfNewer(profile);
        if (storing == ContactProfiles.Storing.OUTDATED) {
            LOG.debugf("Ignored version %d of contact %s: the stored version is newer", profile.version(), contactId);
            return Optional.empty();
        }
        if (storing == ContactProfiles.Storing.STORED) {
            recordLag(contactId, headers);
        }
        // also for a redelivery: the process that stored it may have stopped before the member change was written
        return Optional.of(new Announcement(profile.memberId(), MemberChange.profile(contactId, profile.version())));
    }

    /**
     * The member's replica hears of the erasure before the profile goes, so that a redelivery after a crash in
     * between still knows whose network held the person.
     */
    private void erase(String contactId) {
        Optional<String> memberId = profiles.memberOf(contactId);
        if (memberId.isPresent()) {
            try {
                memberChanges.publish(memberId.get(), MemberChange.erased(contactId)).toCompletableFuture()
                        .get(ERASURE_PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while publishing the erasure of " + contactId, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The erasure of contact " + contactId + " was not published", e);
            }
        }
        profiles.erase(contactId);
        erased.fire(new ContactErased(contactId, memberId.orElse(null)));
    }

    /** @throws RejectedContactEvent when the snapshot does not fit the contract, whose required fields it needs */
    private ContactUpserted parse(String json) {
        ContactUpserted snapshot;
        try {
            snapshot = snapshotReader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new RejectedContactEvent("the snapshot cannot be read: " + e.getOriginalMessage(), e);
        }
        if (snapshot == null) {
            throw new RejectedContactEvent("the snapshot is null");
        }
        if (snapshot.contactId().isBlank() || snapshot.memberId().isBlank()) {
            throw new RejectedContactEvent("the snapshot has a blank contactId or memberId");
        }
        return snapshot;
    }

    /** A change without a readable time is applied all the same; only its lag is unknown. */
    private void recordLag(String contactId, Headers headers) {
        String time = CloudEventHeaders.text(headers, CloudEventHeaders.TIME);
        if (time == null) {
            return;
        }
        try {
            Duration sinceChange = Duration.between(OffsetDateTime.parse(time).toInstant(), Instant.now());
            // another host's clock may run ahead of this one's
            if (!sinceChange.isNegative()) {
                lag.record(sinceChange);
            }
        } catch (DateTimeParseException e) {
            LOG.debugf("Contact %s: unreadable ce_time %s", contactId, time);
        }
    }

}

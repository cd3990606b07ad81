package org.warmintro.referral.projection;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.projection.ContactProfileEvents.erased;
import static org.warmintro.referral.projection.ContactProfileEvents.snapshot;
import static org.warmintro.referral.projection.ContactProfileEvents.upserted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class ContactProfileProjectionTest {

    /** Generous: the first test also waits for the consumer to join its group. */
    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final String NOT_JSON = "{\"contactId\": ";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void storesAProfilePublishedOnContactProfiles() {
        String contactId = newContactId();

        publish(upserted(contactId, snapshot(contactId, 3, "Ada Lovelace")));

        Document stored = awaitStored(contactId, 3);
        assertThat(stored.getString("_id")).isEqualTo(contactId);
        assertThat(stored.getString("memberId")).isEqualTo("member-1");
        assertThat(stored.getString("fullName")).isEqualTo("Ada Lovelace");
        assertThat(stored.getString("email")).isEqualTo("someone@example.org");
        assertThat(stored.getDate("updatedAt")).isEqualTo(Date.from(Instant.parse("2026-03-01T10:15:30.123Z")));
    }

    /**
     * The profile is the contract's record: a field that a later release adds within v1 is no reason to refuse the
     * snapshot, and is not stored until this service's contracts know it (a replay of the compacted topic brings it
     * then).
     */
    @Test
    void aSnapshotWithAFieldOfALaterReleaseIsStoredWithTheFieldsOfTheContract() {
        String contactId = newContactId();
        String data = """
                {"contactId": "%s", "memberId": "member-1", "version": 0, "fullName": "Grace Hopper",
                 "headline": "Rear admiral", "skills": ["cobol", "compilers"], "tags": [],
                 "relationship": {"valueGiven": 0, "valueReceived": 0},
                 "consent": {"introductionsAllowed": true, "maxIntroductionsPer30Days": 2},
                 "updatedAt": "2026-03-01T10:15:30.123Z", "pronouns": "she/her"}"""
                .formatted(contactId);

        publish(upserted(contactId, data));

        Document stored = awaitStored(contactId, 0);
        assertThat(stored.getString("headline")).isEqualTo("Rear admiral");
        assertThat(stored.getList("skills", String.class)).containsExactly("cobol", "compilers");
        assertThat(stored.get("consent", Document.class).getBoolean("introductionsAllowed")).isTrue();
        assertThat(stored).doesNotContainKey("pronouns");
    }

    @Test
    void anOlderOrEqualVersionArrivingLaterChangesNothing() {
        String contactId = newContactId();
        publish(upserted(contactId, snapshot(contactId, 2, "Ada Lovelace")));
        Document current = awaitStored(contactId, 2);

        publish(upserted(contactId, snapshot(contactId, 1, "Ada Byron")),
                upserted(contactId, snapshot(contactId, 2, "Ada King")));

        assertThat(deadLettersOnceProcessed(contactId)).as("stale versions are ignored, not rejected").hasSize(1);
        assertThat(storedProfile(contactId)).isEqualTo(current);
    }

    @Test
    void replayingTheSameRecordChangesNothing() {
        String contactId = newContactId();
        ProducerRecord<String, String> record = upserted(contactId, snapshot(contactId, 5, "Alan Turing"));
        publish(record);
        Document current = awaitStored(contactId, 5);

        publish(record, record);

        assertThat(deadLettersOnceProcessed(contactId)).as("a replay is ignored, not rejected").hasSize(1);
        assertThat(storedProfile(contactId)).isEqualTo(current);
    }

    @Test
    void aTombstoneErasesThePerson() {
        String contactId = newContactId();
        publish(upserted(contactId, snapshot(contactId, 1, "Margaret Hamilton")));
        awaitStored(contactId, 1);

        publish(erased(contactId));

        Awaitility.await().atMost(PROCESSING).until(() -> storedProfile(contactId) == null);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheRecordAfterItIsStillApplied() {
        String contactId = newContactId();

        publish(upserted(contactId, NOT_JSON), upserted(contactId, snapshot(contactId, 1, "Katherine Johnson")));

        assertThat(awaitStored(contactId, 1).getString("fullName")).isEqualTo("Katherine Johnson");
        ConsumerRecord<String, String> deadLetter = awaitDeadLetters(contactId, 1).get(0);
        assertThat(deadLetter.value()).isEqualTo(NOT_JSON);
        assertThat(header(deadLetter, "ce_subject")).isEqualTo(contactId);
        assertThat(header(deadLetter, "dead-letter-reason")).startsWith("the snapshot cannot be read");
    }

    @Test
    void aSnapshotWithoutContactIdOrVersionGoesToTheDeadLetterTopic() {
        String withoutVersion = newContactId();
        String withoutContactId = newContactId();

        publish(upserted(withoutVersion, """
                        {"contactId": "%s", "memberId": "member-1", "fullName": "Hedy Lamarr"}"""
                        .formatted(withoutVersion)),
                upserted(withoutContactId, """
                        {"memberId": "member-1", "version": 1, "fullName": "Hedy Lamarr"}"""));

        assertThat(header(awaitDeadLetters(withoutVersion, 1).get(0), "dead-letter-reason")).contains("no version");
        assertThat(header(awaitDeadLetters(withoutContactId, 1).get(0), "dead-letter-reason"))
                .contains("no contactId");
        assertThat(storedProfile(withoutVersion)).isNull();
        assertThat(storedProfile(withoutContactId)).isNull();
    }

    private static String newContactId() {
        return UUID.randomUUID().toString();
    }

    @SafeVarargs
    private void publish(ProducerRecord<String, String>... records) {
        companion.produceStrings().fromRecords(records).awaitCompletion(PROCESSING);
    }

    private Document storedProfile(String contactId) {
        MongoCollection<Document> profiles = mongo.getDatabase(database).getCollection(ContactProfiles.COLLECTION);
        return profiles.find(eq("_id", contactId)).first();
    }

    private Document awaitStored(String contactId, long version) {
        return Awaitility.await().atMost(PROCESSING).until(() -> storedProfile(contactId),
                stored -> stored != null && stored.getLong("version") == version);
    }

    /**
     * Publishes a malformed marker after what the test published on this key and waits for it on the dead-letter
     * topic. The projection applies a partition in order and the dead-letter topic keeps the key, so by then every
     * earlier record of the key has been processed, and any of them that was rejected precedes the marker there.
     *
     * @return the dead letters of the key, the marker last
     */
    private List<ConsumerRecord<String, String>> deadLettersOnceProcessed(String contactId) {
        String marker = "marker " + UUID.randomUUID();
        publish(upserted(contactId, marker));
        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(contactId)) {
            Awaitility.await().atMost(PROCESSING).until(() -> deadLetters.getRecords().stream()
                    .anyMatch(deadLetter -> marker.equals(deadLetter.value())));
            return deadLetters.getRecords();
        }
    }

    private List<ConsumerRecord<String, String>> awaitDeadLetters(String contactId, int count) {
        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(contactId)) {
            return deadLetters.awaitRecords(count, PROCESSING).getRecords();
        }
    }

    private ConsumerTask<String, String> consumeDeadLetters(String contactId) {
        return companion.consumeStrings().fromTopics(Topics.deadLetter(Topics.CONTACT_PROFILES),
                records -> records.select().where(record -> contactId.equals(record.key())));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package org.warmintro.referral.projection;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.warmintro.referral.projection.ContactProfileEvents.snapshot;
import static org.warmintro.referral.projection.ContactProfileEvents.upserted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMongoServer;
import org.warmintro.testing.MongoServerControl;
import org.warmintro.testing.TestTokens;

/**
 * An operator sends the records parked on a dead-letter topic back to their topic once the cause is fixed, and they
 * are applied as if they had never failed.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final String PROBLEM = "application/problem+json";
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.CONTACT_PROFILES);

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @InjectMongoServer
    MongoServerControl mongoServer;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @AfterEach
    void databaseIsBack() {
        mongoServer.bringBack();
    }

    @Test
    void aSnapshotDeadLetteredWhileTheDatabaseWasAwayTooLongIsAppliedOnceReplayed() {
        String contactId = UUID.randomUUID().toString();
        ProducerRecord<String, String> published = upserted(contactId, snapshot(contactId, 4, "Dorothy Vaughan"));
        mongoServer.takeDown();
        companion.produceStrings().fromRecords(published).awaitCompletion(PROCESSING);
        ConsumerRecord<String, String> deadLetter;
        try (ConsumerTask<String, String> deadLetters = companion.consumeStrings().fromTopics(DEAD_LETTERS,
                records -> records.select().where(record -> contactId.equals(record.key())))) {
            deadLetter = deadLetters.awaitRecords(1, PROCESSING).getRecords().get(0);
        }
        mongoServer.bringBack();

        asOperator().queryParam("partition", deadLetter.partition()).queryParam("from", deadLetter.offset())
                .get("/api/v1/admin/dead-letters/{topic}", DEAD_LETTERS)
                .then().statusCode(200)
                .body("records[0].key", equalTo(contactId))
                .body("records[0].offset", equalTo((int) deadLetter.offset()))
                .body("records[0].type", equalTo(ContactProfileProjection.CONTACT_UPSERTED))
                .body("records[0].reason", equalTo(header(deadLetter, "dead-letter-reason")));
        try (ConsumerTask<String, String> republished = companion.consumeStrings().fromTopics(Topics.CONTACT_PROFILES,
                records -> records.select().where(record -> contactId.equals(record.key())))) {
            asOperator().queryParam("partition", deadLetter.partition()).queryParam("from", deadLetter.offset())
                    .post("/api/v1/admin/dead-letters/{topic}/replay", DEAD_LETTERS)
                    .then().statusCode(200)
                    .body("topic", equalTo(Topics.CONTACT_PROFILES))
                    .body("replayed", equalTo(1))
                    .body("partitions.partition", hasItem(deadLetter.partition()));

            Awaitility.await().atMost(PROCESSING).until(() -> storedVersion(contactId), version -> version == 4L);
            List<ConsumerRecord<String, String>> copies = republished.awaitRecords(2, PROCESSING).getRecords();
            ConsumerRecord<String, String> replayed = copies.get(1);
            assertThat(replayed.key()).isEqualTo(contactId);
            assertThat(replayed.value()).isEqualTo(published.value());
            assertThat(cloudEventHeaders(replayed)).isEqualTo(cloudEventHeaders(copies.get(0)))
                    .containsKeys("ce_id", "ce_type", "ce_source", "ce_subject");
            assertThat(replayed.headers()).noneMatch(header -> header.key().startsWith("dead-letter-"));
        }
    }

    @Test
    void onlyOperatorsMayReadOrReplayDeadLetters() {
        given().post("/api/v1/admin/dead-letters/{topic}/replay", DEAD_LETTERS)
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("member-" + UUID.randomUUID()))
                .post("/api/v1/admin/dead-letters/{topic}/replay", DEAD_LETTERS)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("member-" + UUID.randomUUID()))
                .get("/api/v1/admin/dead-letters/{topic}", DEAD_LETTERS)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void onlyTheDeadLetterTopicsOfThisServiceCanBeReplayed() {
        asOperator().get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("deadLetterTopic", hasItem(DEAD_LETTERS))
                .body("deadLetterTopic", hasItem(Topics.deadLetter(Topics.NOTIFICATION_DELIVERIES)));
        asOperator().post("/api/v1/admin/dead-letters/{topic}/replay", Topics.CONTACT_PROFILES)
                .then().statusCode(404).contentType(PROBLEM);
        asOperator().queryParam("from", 3).post("/api/v1/admin/dead-letters/{topic}/replay", DEAD_LETTERS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("partition"));
    }

    private static RequestSpecification asOperator() {
        return given().header("Authorization", "Bearer " + TestTokens.forOperator("operator-on-call"));
    }

    private Long storedVersion(String contactId) {
        Document stored = mongo.getDatabase(database).getCollection(ContactProfiles.COLLECTION)
                .find(eq("_id", contactId)).first();
        return stored == null ? null : stored.getLong("version");
    }

    private static Map<String, String> cloudEventHeaders(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_")) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

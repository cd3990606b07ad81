package org.warmintro.referral.projection;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.projection.ContactProfileEvents.erased;
import static org.warmintro.referral.projection.ContactProfileEvents.snapshot;
import static org.warmintro.referral.projection.ContactProfileEvents.upserted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMongoServer;
import org.warmintro.testing.MetricsScrape;
import org.warmintro.testing.MongoServerControl;

/**
 * A profile event that fails because MongoDB is away is retried with backoff until it is back, not parked on the
 * dead-letter topic; an event that can never be applied, a profile or a delivery, is parked at once.
 */
@QuarkusTest
class ConsumerRetryTest {

    private static final Duration PROCESSING = Duration.ofSeconds(60);
    private static final String METHOD = ContactProfileProjection.class.getName() + ".apply";
    private static final String DELIVERY_METHOD = "org.warmintro.referral.delivery.DeliveryEvents.apply";

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
    void anErasureThatFailedWhileTheDatabaseWasAwayIsAppliedOnceItIsBackAndNotDeadLettered() {
        String contactId = UUID.randomUUID().toString();
        publish(upserted(contactId, snapshot(contactId, 1, "Mary Jackson")));
        Awaitility.await().atMost(PROCESSING).until(() -> storedProfile(contactId) != null);
        double retriesBefore = retries();

        mongoServer.takeDown();
        publish(erased(contactId));
        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(contactId)) {
            Awaitility.await().atMost(PROCESSING)
                    .until(() -> retries() > retriesBefore || !deadLetters.getRecords().isEmpty());
            assertThat(deadLetters.getRecords()).as("dead-lettered while the database was away").isEmpty();
        }
        mongoServer.bringBack();

        // this test's own client may still be reconnecting to the server that came back
        Awaitility.await().atMost(PROCESSING).ignoreException(MongoTimeoutException.class)
                .until(() -> storedProfile(contactId) == null);
        assertThat(deadLettersOnceProcessed(contactId)).as("only the marker that follows the erasure").hasSize(1);
    }

    @Test
    void anEventThatCanNeverBeAppliedIsDeadLetteredWithoutRetries() {
        String contactId = UUID.randomUUID().toString();
        double notRetriedBefore = notRetried();
        double retriesBefore = retries();

        publish(upserted(contactId, "{\"contactId\": "));

        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(contactId)) {
            deadLetters.awaitRecords(1, PROCESSING);
        }
        assertThat(notRetried()).as("failed once, not retried").isEqualTo(notRetriedBefore + 1);
        assertThat(retries()).isEqualTo(retriesBefore);
    }

    @Test
    void anUnreadableDeliveryEventIsDeadLetteredWithoutRetries() {
        String introId = UUID.randomUUID().toString();
        double notRetriedBefore = notRetried(DELIVERY_METHOD);
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "notification.sent.v1".getBytes(StandardCharsets.UTF_8));

        try (ConsumerTask<String, String> deadLetters = companion.consumeStrings()
                .fromTopics(Topics.deadLetter(Topics.NOTIFICATION_DELIVERIES),
                        records -> records.select().where(record -> introId.equals(record.key())))) {
            publish(new ProducerRecord<>(Topics.NOTIFICATION_DELIVERIES, null, introId, "{\"introId\": ", headers));
            deadLetters.awaitRecords(1, PROCESSING);
        }
        assertThat(notRetried(DELIVERY_METHOD)).as("failed once, not retried").isEqualTo(notRetriedBefore + 1);
    }

    private double retries() {
        return MetricsScrape.value(scrape(), "ft_retry_retries_total", "method", METHOD);
    }

    private double notRetried() {
        return notRetried(METHOD);
    }

    private double notRetried(String method) {
        return MetricsScrape.value(scrape(), "ft_retry_calls_total", "method", method, "retried", "false",
                "retryResult", "exceptionNotRetryable");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @SafeVarargs
    private void publish(ProducerRecord<String, String>... records) {
        companion.produceStrings().fromRecords(records).awaitCompletion(PROCESSING);
    }

    private Document storedProfile(String contactId) {
        return mongo.getDatabase(database).getCollection(ContactProfiles.COLLECTION).find(eq("_id", contactId))
                .first();
    }

    /** Every dead letter of the key, once a malformed marker published after the test's records follows them. */
    private List<ConsumerRecord<String, String>> deadLettersOnceProcessed(String contactId) {
        String marker = "marker " + UUID.randomUUID();
        publish(upserted(contactId, marker));
        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(contactId)) {
            Awaitility.await().atMost(PROCESSING).until(() -> deadLetters.getRecords().stream()
                    .anyMatch(deadLetter -> marker.equals(deadLetter.value())));
            return deadLetters.getRecords();
        }
    }

    private ConsumerTask<String, String> consumeDeadLetters(String contactId) {
        return companion.consumeStrings().fromTopics(Topics.deadLetter(Topics.CONTACT_PROFILES),
                records -> records.select().where(record -> contactId.equals(record.key())));
    }
}

package org.warmintro.notification.intro;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.warmintro.notification.intro.Mailbox.receivedBy;

import java.sql.SQLException;
import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;
import org.warmintro.testing.TestTokens;

/** An opt-in request parked while the database was away too long is emailed once an operator replays it. */
@QuarkusTest
class DeadLetterReplayTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.REFERRAL_INTROS);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @AfterEach
    void databaseIsBack() throws SQLException {
        new DatabaseOutage(jdbcUrl).end();
    }

    @Test
    void anOptInRequestDeadLetteredWhileTheDatabaseWasAwayTooLongIsEmailedOnceReplayed() throws SQLException {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@replayed-dead-letter.example.org", "en");
        DatabaseOutage outage = new DatabaseOutage(jdbcUrl);
        outage.begin();
        ConsumerRecord<String, String> deadLetter;
        try (ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(DEAD_LETTERS,
                records -> records.select().where(record -> event.introId().toString().equals(record.key())))) {
            kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
            deadLetter = deadLetters.awaitRecords(1, DELIVERY).getRecords().get(0);
        }
        outage.end();

        given().header("Authorization", "Bearer " + TestTokens.forOperator("operator-on-call"))
                .queryParam("partition", deadLetter.partition()).queryParam("from", deadLetter.offset())
                .post("/api/v1/admin/dead-letters/{topic}/replay", DEAD_LETTERS)
                .then().statusCode(200)
                .body("topic", equalTo(Topics.REFERRAL_INTROS))
                .body("replayed", equalTo(1));

        await().atMost(DELIVERY).until(() -> receivedBy(mailServer, event.targetEmail()), emails -> emails.size() == 1);
    }
}

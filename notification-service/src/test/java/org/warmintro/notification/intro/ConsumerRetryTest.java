package org.warmintro.notification.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warmintro.notification.intro.Mailbox.receivedBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;
import org.warmintro.testing.MetricsScrape;

/**
 * An intro event that fails because PostgreSQL is away is retried with backoff until it is back, not parked on the
 * dead-letter topic; an event that can never be handled is parked at once.
 */
@QuarkusTest
class ConsumerRetryTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String METHOD = IntroEventConsumer.class.getName() + ".consume";

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
    void anOptInRequestThatFailedWhileTheDatabaseWasAwayIsEmailedOnceItIsBackAndNotDeadLettered() throws SQLException {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@database-away.example.org", "en");
        double retriesBefore = retries();

        DatabaseOutage outage = new DatabaseOutage(jdbcUrl);
        outage.begin();
        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(event.introId())) {
            kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
            await().atMost(DELIVERY).until(() -> retries() > retriesBefore || !deadLetters.getRecords().isEmpty());
            assertThat(deadLetters.getRecords()).as("dead-lettered while the database was away").isEmpty();
        }
        outage.end();

        await().atMost(DELIVERY).until(() -> receivedBy(mailServer, event.targetEmail()), emails -> emails.size() == 1);
    }

    @Test
    void aMalformedEventIsDeadLetteredWithoutRetries() {
        UUID introId = UUID.randomUUID();
        double notRetriedBefore = notRetried();
        double retriesBefore = retries();

        try (ConsumerTask<String, String> deadLetters = consumeDeadLetters(introId)) {
            kafka.produceStrings().fromRecords(OptInRequestedEvent.cloudEvent(introId.toString(),
                    UUID.randomUUID().toString(), OptInRequestedEvent.TYPE, "{\"introId\": ")).awaitCompletion();
            deadLetters.awaitRecords(1, DELIVERY);
        }

        assertThat(notRetried()).as("failed once, not retried").isEqualTo(notRetriedBefore + 1);
        assertThat(retries()).isEqualTo(retriesBefore);
    }

    private double retries() {
        return MetricsScrape.value(scrape(), "ft_retry_retries_total", "method", METHOD);
    }

    private double notRetried() {
        return MetricsScrape.value(scrape(), "ft_retry_calls_total", "method", METHOD, "retried", "false",
                "retryResult", "exceptionNotRetryable");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private ConsumerTask<String, String> consumeDeadLetters(UUID introId) {
        return kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.REFERRAL_INTROS),
                records -> records.select().where(record -> introId.toString().equals(record.key())));
    }
}

package org.warmintro.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.MetricsScrape;

@QuarkusTest
class EmailMetricsTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void aSentOptInRequestCountsAsOneMoreSentEmailOfItsTemplate() {
        double before = sentOptInRequests(scrape());

        kafka.produceStrings().fromRecords(OptInRequestedEvent.forTarget("samira@counted.example.org", "en")
                .toRecord()).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(sentOptInRequests(scrape())).isGreaterThanOrEqualTo(before + 1));
    }

    @Test
    void consumedIntroEventsAndTheConsumersLagReachTheScrape() {
        double before = MetricsScrape.value(scrape(), "quarkus_messaging_message_count_total", "channel",
                "intro-events");

        kafka.produceStrings().fromRecords(OptInRequestedEvent.forTarget("omar@counted.example.org", "en")
                .toRecord()).awaitCompletion();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(MetricsScrape.value(scrape, "quarkus_messaging_message_count_total", "channel",
                    "intro-events")).isGreaterThanOrEqualTo(before + 1);
            assertThat(scrape).contains("kafka_consumer_fetch_manager_records_lag_max");
        });
    }

    private static double sentOptInRequests(String scrape) {
        return MetricsScrape.value(scrape, "warmintro_emails_total", "outcome", "sent", "template", "OPT_IN_REQUEST");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

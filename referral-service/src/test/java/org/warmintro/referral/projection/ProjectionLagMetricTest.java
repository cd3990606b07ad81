package org.warmintro.referral.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.projection.ContactProfileEvents.snapshot;
import static org.warmintro.referral.projection.ContactProfileEvents.upserted;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.MetricsScrape;

@QuarkusTest
class ProjectionLagMetricTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);
    private static final String LAG = "warmintro_projection_lag_seconds";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void aStoredChangeShowsInTheLagMetricAsTheTimeSinceContactsServiceRecordedIt() {
        double storedBefore = MetricsScrape.value(scrape(), LAG + "_count");
        String contactId = UUID.randomUUID().toString();
        Instant recordedAMinuteAgo = Instant.now().minus(Duration.ofMinutes(1));

        companion.produceStrings().fromRecords(upserted(contactId, snapshot(contactId, 1, "Ada Lovelace"),
                recordedAMinuteAgo)).awaitCompletion(PROCESSING);

        Awaitility.await().atMost(PROCESSING).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(MetricsScrape.value(scrape, LAG + "_count")).isGreaterThanOrEqualTo(storedBefore + 1);
            assertThat(MetricsScrape.value(scrape, LAG + "_max")).isGreaterThanOrEqualTo(60);
        });
    }

    @Test
    void operatorsCanCountTheChangesStoredWithinTheTargetOf100Milliseconds() {
        assertThat(scrape().lines()).as("a histogram bucket at the target")
                .anyMatch(line -> line.startsWith(LAG + "_bucket{") && line.contains("le=\"0.1\""));
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

package org.warmintro.contacts.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.MetricsScrape;

@QuarkusTest
class OutboxMetricsTest {

    private static final String ACKNOWLEDGED = "quarkus_messaging_message_acks_total";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void everyProfileEventKafkaAcknowledgedIsCountedForItsChannel() {
        double before = acknowledged();

        String id = createContact(newMember(), "Annie Wang", "annie@example.org");
        ProfileEvents.await(companion, id, 1);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(acknowledged()).isGreaterThanOrEqualTo(before + 1));
    }

    @Test
    void theKafkaProducerReportsItsOwnMetrics() {
        String id = createContact(newMember(), "Hugo Peeters", "hugo@example.org");
        ProfileEvents.await(companion, id, 1);

        assertThat(MetricsScrape.value(scrape(), "kafka_producer_record_send_total", "client_id",
                "kafka-producer-contact-profiles")).isPositive();
    }

    private static double acknowledged() {
        return MetricsScrape.value(scrape(), ACKNOWLEDGED, "channel", "contact-profiles");
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.Topics;
import org.warmintro.notification.intro.IntroStateEvent;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class DeliveryEventTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    NotificationRepository notifications;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void sentEmailIsPublishedAsNotificationSentKeyedByIntroId() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@outcome-published.example.org", "en");

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();

            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY)
                    .until(() -> deliveries.stream()
                            .filter(record -> event.introId().toString().equals(record.key()))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();

            Notification notification = QuarkusTransaction.requiringNew()
                    .call(() -> notifications.find("eventId", event.eventId()).singleResult());
            assertThat(header(outcome, "ce_type")).isEqualTo("notification.sent.v1");
            assertThat(header(outcome, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(outcome, "ce_source")).isEqualTo("urn:warmintro:notification-service");
            assertThat(header(outcome, "ce_id")).isNotBlank();
            assertThat(header(outcome, "content-type")).isEqualTo("application/json");
            assertThat(EventSchemas.violations("notification.sent.v1", outcome.value())).isEmpty();
            JsonNode data = objectMapper.readTree(outcome.value());
            assertThat(data.get("notificationId").asText()).isEqualTo(notification.id.toString());
            assertThat(data.get("introId").asText()).isEqualTo(event.introId().toString());
            assertThat(data.get("memberId").asText()).isEqualTo(event.memberId());
            assertThat(data.get("template").asText()).isEqualTo("OPT_IN_REQUEST");
            assertThat(data.get("recipientRole").asText()).isEqualTo("TARGET");
            assertThat(data.get("status").asText()).isEqualTo("SENT");
            assertThat(Instant.parse(data.get("occurredAt").asText())).isEqualTo(notification.sentAt);
        }
    }

    @Test
    void doubleIntroIsPublishedWithTheTemplateReferralServiceWaitsFor() throws Exception {
        IntroStateEvent event = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "double-intro-published.example.org",
                "en", "en");

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();

            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY)
                    .until(() -> deliveries.stream()
                            .filter(record -> event.introId().toString().equals(record.key()))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();

            assertThat(header(outcome, "ce_type")).isEqualTo("notification.sent.v1");
            assertThat(EventSchemas.violations("notification.sent.v1", outcome.value())).isEmpty();
            JsonNode data = objectMapper.readTree(outcome.value());
            assertThat(data.get("template").asText()).isEqualTo("DOUBLE_INTRO");
            assertThat(data.get("recipientRole").asText()).isEqualTo("TARGET");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

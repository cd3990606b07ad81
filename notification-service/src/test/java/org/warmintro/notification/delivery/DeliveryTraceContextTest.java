package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class DeliveryTraceContextTest {

    private static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    NotificationRepository notifications;

    @Test
    void theEmailOfAnIntroEventAndItsSentEventContinueTheEventsTrace() {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@traced.example.org", "en");
        ProducerRecord<String, String> record = event.toRecord();
        record.headers().add("traceparent",
                ("00-" + TRACE_ID + "-eee19b7ec3c1b174-01").getBytes(StandardCharsets.UTF_8));

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            kafka.produceStrings().fromRecords(record).awaitCompletion();

            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY)
                    .until(() -> deliveries.stream()
                            .filter(delivery -> event.introId().toString().equals(delivery.key()))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();

            assertThat(header(outcome, "ce_type")).isEqualTo("notification.sent.v1");
            assertThat(header(outcome, "traceparent")).startsWith("00-" + TRACE_ID + "-");
            Notification notification = QuarkusTransaction.requiringNew()
                    .call(() -> notifications.find("eventId", event.eventId()).singleResult());
            assertThat(notification.traceparent).startsWith("00-" + TRACE_ID + "-");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package org.warmintro.notification.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.warmintro.notification.intro.Mailbox.receivedBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

@QuarkusTest
class MalformedIntroEventTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndThePartitionKeepsMoving() {
        OptInRequestedEvent valid = OptInRequestedEvent.forTarget("samira@after-poison.example.org", "en");
        String introId = valid.introId().toString();
        ProducerRecord<String, String> notJson = OptInRequestedEvent.cloudEvent(introId, UUID.randomUUID().toString(),
                OptInRequestedEvent.TYPE, "{\"introId\": ");
        ProducerRecord<String, String> notACloudEvent = new ProducerRecord<>(Topics.REFERRAL_INTROS, introId, "{}");
        ProducerRecord<String, String> badTarget = OptInRequestedEvent.cloudEvent(introId,
                UUID.randomUUID().toString(), OptInRequestedEvent.TYPE,
                valid.toRecord().value().replace(valid.targetEmail(), "not an address"));
        ProducerRecord<String, String> scriptLink = OptInRequestedEvent.cloudEvent(introId,
                UUID.randomUUID().toString(), OptInRequestedEvent.TYPE,
                valid.toRecord().value().replace(valid.optInUrl(), "javascript:alert(document.cookie)"));
        ProducerRecord<String, String> offContract = OptInRequestedEvent.cloudEvent(introId,
                UUID.randomUUID().toString(), OptInRequestedEvent.TYPE,
                valid.toRecord().value().replace("\"selfIntroduction\"", "\"selfIntro\""));

        try (ConsumerTask<String, String> deadLetters = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.deadLetter(Topics.REFERRAL_INTROS))) {
            // same intro, same partition: the valid event waits behind the malformed ones
            kafka.produceStrings().fromRecords(notJson, notACloudEvent, badTarget, scriptLink, offContract,
                    valid.toRecord()).awaitCompletion();

            await().atMost(DELIVERY)
                    .until(() -> receivedBy(mailServer, valid.targetEmail()), emails -> emails.size() == 1);
            List<String> reasons = await().atMost(DELIVERY)
                    .until(() -> deadLetterReasons(deadLetters, introId), found -> found.size() == 5);
            assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("data is not JSON"));
            assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("ce_specversion is missing"));
            assertThat(reasons).anySatisfy(reason -> assertThat(reason)
                    .contains("target.email must be a well-formed email address")
                    .doesNotContain("not an address"));
            assertThat(reasons).anySatisfy(reason -> assertThat(reason)
                    .contains("optInUrl must match")
                    .doesNotContain("javascript"));
            // the contract requires the seeker's self-introduction, where the email would do without
            assertThat(reasons).anySatisfy(reason -> assertThat(reason)
                    .contains("data does not fit OptInRequested at seeker"));
        }
    }

    private static List<String> deadLetterReasons(ConsumerTask<String, String> deadLetters, String introId) {
        return deadLetters.stream()
                .filter(record -> introId.equals(record.key()))
                .map(MalformedIntroEventTest::reason)
                .toList();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}

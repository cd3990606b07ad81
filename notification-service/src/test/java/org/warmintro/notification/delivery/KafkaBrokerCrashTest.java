package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaBroker;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.KafkaBrokerControl;
import org.warmintro.testing.MailServer;

/**
 * The broker crashes while intros stream in and emails go out, and comes back on its data: every email is sent
 * once, and every outcome reaches the topic, under the one event id that lets consumers drop a second copy.
 */
@QuarkusTest
class KafkaBrokerCrashTest {

    private static final Duration RECOVERY = Duration.ofMinutes(3);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectKafkaBroker
    KafkaBrokerControl broker;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    private boolean crashed;

    @AfterEach
    void brokerIsBack() {
        if (crashed) {
            broker.bringBack();
        }
    }

    @Test
    void introsAroundABrokerCrashGiveEachTargetOneEmailAndPublishEachOutcome() {
        List<OptInRequestedEvent> beforeTheCrash = intros(0, 15);
        List<OptInRequestedEvent> afterTheCrash = intros(15, 25);
        kafka.produceStrings().fromRecords(beforeTheCrash.stream().map(OptInRequestedEvent::toRecord).toList())
                .awaitCompletion();
        await().atMost(RECOVERY).until(() -> beforeTheCrash.stream()
                .filter(intro -> !Mailbox.deliveredTo(mailServer, intro.targetEmail()).isEmpty()).count() >= 3);

        broker.kill();
        crashed = true;
        // the dispatcher goes on sending what it recorded; the outcomes wait in the database for the broker
        await().atMost(RECOVERY).until(() -> anOutcomeWaitsForTheBrokerOrNoneCan(beforeTheCrash));
        broker.bringBack();
        crashed = false;
        kafka.produceStrings().fromRecords(afterTheCrash.stream().map(OptInRequestedEvent::toRecord).toList())
                .awaitCompletion();

        List<OptInRequestedEvent> all = Stream.concat(beforeTheCrash.stream(), afterTheCrash.stream()).toList();
        await().atMost(RECOVERY).until(() -> all.stream()
                .allMatch(intro -> !Mailbox.deliveredTo(mailServer, intro.targetEmail()).isEmpty()));
        assertThat(all).allSatisfy(intro -> assertThat(messageIds(intro.targetEmail()))
                .as("emails to %s", intro.targetEmail()).hasSize(1));
        Set<String> introIds = all.stream().map(intro -> intro.introId().toString()).collect(Collectors.toSet());
        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            List<ConsumerRecord<String, String>> outcomes = await().atMost(RECOVERY).until(
                    () -> deliveries.getRecords().stream().filter(record -> introIds.contains(record.key())).toList(),
                    records -> records.stream().map(ConsumerRecord::key).distinct().count() == all.size());
            assertThat(outcomes).allSatisfy(outcome -> assertThat(header(outcome, "ce_type"))
                    .isEqualTo("notification.sent.v1"));
            assertThat(outcomes.stream().map(outcome -> header(outcome, "ce_id")).distinct())
                    .as("one event id per email, however often it was published").hasSize(all.size());
        }
    }

    /**
     * An email sent after the crash has its outcome waiting in the database; unless every email before the crash had
     * left and been published already, leaving none to wait.
     */
    private boolean anOutcomeWaitsForTheBrokerOrNoneCan(List<OptInRequestedEvent> intros) {
        List<Notification> rows = QuarkusTransaction.requiringNew().call(() -> notifications
                .list("eventId in ?1", intros.stream().map(OptInRequestedEvent::eventId).toList()));
        return rows.stream().anyMatch(row -> row.status == NotificationStatus.SENT && row.outcomePublishedAt == null)
                || rows.size() == intros.size() && rows.stream().allMatch(row -> row.outcomePublishedAt != null);
    }

    private static List<OptInRequestedEvent> intros(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(n -> OptInRequestedEvent.forTarget("target-" + n + "@broker-crash.example.org", "en"))
                .toList();
    }

    /** A resend after a crash would carry the Message-ID of the first attempt: only a second email would not. */
    private List<String> messageIds(String address) {
        return Mailbox.deliveredTo(mailServer, address).stream().map(KafkaBrokerCrashTest::messageId).distinct()
                .toList();
    }

    private static String messageId(MimeMessage email) {
        try {
            return email.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

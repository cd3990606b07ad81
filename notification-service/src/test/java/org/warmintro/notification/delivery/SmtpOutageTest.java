package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.Topics;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;

/** The SMTP server goes away and comes back (on the same port): emails wait for it, none twice, none lost. */
@QuarkusTest
class SmtpOutageTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Inject
    ObjectMapper objectMapper;

    @AfterEach
    void smtpServerIsBack() {
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
    }

    @Test
    void emailRecordedWhileTheSmtpServerIsAwayIsSentOnceWhenItComesBack() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@smtp-away.example.org", "en");
        mailServer.stop();

        publish(event);
        Notification waiting = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.isPresent() && row.get().attempts >= 2)
                .orElseThrow();
        assertThat(waiting.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.nextAttemptAt).isAfter(waiting.createdAt);

        mailServer.start();

        Notification sent = await().atMost(DELIVERY)
                .until(() -> notificationOf(event), row -> row.orElseThrow().status == NotificationStatus.SENT)
                .orElseThrow();
        assertThat(sent.attempts).isGreaterThan(2);
        List<MimeMessage> emails = await().atMost(DELIVERY)
                .until(() -> emailsTo(event.targetEmail()), found -> found.size() == 1);
        assertThat(emails.get(0).getMessageID()).isEqualTo("<" + sent.id + "@warmintro.org>");
        awaitALaterEmailSent();
        assertThat(emailsTo(event.targetEmail())).hasSize(1);
        assertThat(notificationOf(event).orElseThrow().attempts).isEqualTo(sent.attempts);
    }

    @Test
    void emailIsMarkedFailedAndPublishedAfterTheLastAttempt() throws Exception {
        OptInRequestedEvent event = OptInRequestedEvent.forTarget("samira@smtp-gone.example.org", "en");

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            mailServer.stop();
            publish(event);

            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY)
                    .until(() -> deliveries.stream()
                            .filter(record -> event.introId().toString().equals(record.key()))
                            .findFirst(), Optional::isPresent)
                    .orElseThrow();
            mailServer.start();

            Notification failed = notificationOf(event).orElseThrow();
            assertThat(failed.status).isEqualTo(NotificationStatus.FAILED);
            assertThat(failed.attempts).isEqualTo(5);
            assertThat(failed.failedAt).isNotNull();
            assertThat(new String(outcome.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).isEqualTo("notification.failed.v1");
            assertThat(EventSchemas.violations("notification.failed.v1", outcome.value())).isEmpty();
            JsonNode data = objectMapper.readTree(outcome.value());
            assertThat(data.get("status").asText()).isEqualTo("FAILED");
            assertThat(data.get("attempts").asInt()).isEqualTo(5);
            assertThat(data.get("template").asText()).isEqualTo("OPT_IN_REQUEST");

            awaitALaterEmailSent();
            assertThat(emailsTo(event.targetEmail())).isEmpty();
        }
    }

    /**
     * Another email, asked for now, arrives: the dispatcher has run since, and taken whatever was due, the email
     * under test included had it still been due.
     */
    private void awaitALaterEmailSent() {
        OptInRequestedEvent later = OptInRequestedEvent.forTarget(
                "later-" + UUID.randomUUID() + "@smtp-back.example.org", "en");
        publish(later);
        await().atMost(DELIVERY).until(() -> emailsTo(later.targetEmail()), found -> !found.isEmpty());
    }

    private void publish(OptInRequestedEvent event) {
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
    }

    private List<MimeMessage> emailsTo(String address) {
        return Mailbox.deliveredTo(mailServer, address);
    }

    private Optional<Notification> notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).singleResultOptional());
    }
}

package org.warmintro.notification.erasure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.Topics;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.SuppressionReason;
import org.warmintro.notification.intro.IntroStateEvent;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;
import org.warmintro.testing.TestTokens;

/** A person who asked to be forgotten is forgotten here too, and nothing more is sent about their intros. */
@QuarkusTest
class IntroErasureTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String ERASED = "referral.intro.erased.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ERASED_SEEKER = "Wiebke Forgotten";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void clockBackToNoon() {
        clock.reset();
    }

    @Test
    void anErasedSeekerIsGoneFromTheConnectorsNotificationsAndNothingOfTheIntroIsSentAgain() {
        IntroStateEvent accepted = IntroStateEvent.of(IntroStateEvent.ACCEPTED, "erased-seeker.example.org", "en",
                "en");
        // one partition for every record of this test, so that the last one read proves the others were read
        publishToFirstPartition(accepted.toRecord());
        Notification sent = await().atMost(DELIVERY).until(() -> notificationOf(accepted.introId()),
                row -> row != null && row.status == NotificationStatus.SENT);

        publishToFirstPartition(erasure(accepted.introId(), accepted.memberId(), "INTRODUCED", "SEEKER"));

        await().atMost(DELIVERY).until(() -> notificationOf(accepted.introId()).htmlBody == null);
        Notification erased = notificationOf(accepted.introId());
        assertThat(erased.subject).isNull();
        assertThat(erased.textBody).isNull();
        assertThat(erased.envelope).isNull();
        assertThat(erased.status).isEqualTo(NotificationStatus.SENT);
        asMember(accepted.memberId()).queryParam("introId", accepted.introId().toString())
                .get("/api/v1/notifications")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].subject", nullValue())
                .body(not(containsString("Annie")));
        asMember(accepted.memberId()).get("/api/v1/notifications/" + sent.id + "/preview").then().statusCode(404);

        publishToFirstPartition(accepted.toRecord());
        publishToFirstPartition(
                accepted.sameIntro(IntroStateEvent.OPT_IN_REMINDED, "reminder-" + accepted.eventId()).toRecord());
        IntroStateEvent later = IntroStateEvent.of(IntroStateEvent.DECLINED, "after-erasure.example.org", "en", "en");
        publishToFirstPartition(later.toRecord());
        await().atMost(DELIVERY).until(() -> Mailbox.deliveredTo(mailServer, later.connectorEmail()).size() == 1);

        assertThat(Mailbox.deliveredTo(mailServer, accepted.seekerEmail())).hasSize(1);
        assertThat(Mailbox.deliveredTo(mailServer, accepted.targetEmail())).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> notifications.list("introId", accepted.introId())))
                .hasSize(1);
    }

    @Test
    void anEmailWaitingForTheMorningWhenItsTargetIsErasedNeverLeavesForgetsTheirAddressAndIsReportedSuppressed() {
        clock.placeAt(LocalDateTime.parse("2026-01-15T22:30").atZone(TestClock.BRUSSELS).toInstant());
        OptInRequestedEvent request = OptInRequestedEvent.forTarget("samira@erased-at-night.example.org", "en");
        kafka.produceStrings().fromRecords(request.toRecord()).awaitCompletion();
        await().atMost(DELIVERY).until(() -> notificationOf(request.introId()), row -> row != null
                && row.nextAttemptAt != null && row.nextAttemptAt.isAfter(clock.instant().plusSeconds(3600)));

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            kafka.produceStrings().fromRecords(erasure(request.introId(), request.memberId(), "CANCELLED", "TARGET"))
                    .awaitCompletion();

            Notification suppressed = await().atMost(DELIVERY).until(() -> notificationOf(request.introId()),
                    row -> row.status == NotificationStatus.SUPPRESSED);
            assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.ERASED);
            assertThat(suppressed.htmlBody).isNull();
            assertThat(suppressed.recipient).doesNotContain("samira");
            ConsumerRecord<String, String> outcome = await().atMost(DELIVERY).until(
                    () -> deliveries.getRecords().stream()
                            .filter(record -> request.introId().toString().equals(record.key())).toList(),
                    records -> !records.isEmpty()).get(0);
            assertThat(outcome.value()).contains("\"status\":\"SUPPRESSED\"", "\"reason\":\"ERASED\"");
            assertThat(EventSchemas.violations("notification.suppressed.v1", outcome.value())).isEmpty();
        }

        clock.placeAt(LocalDateTime.parse("2026-01-16T08:00").atZone(TestClock.BRUSSELS).toInstant());
        // an email asked for in the morning arrives: the dispatcher has run since, and would have taken the erased
        // one first had it still been due
        OptInRequestedEvent morning = OptInRequestedEvent.forTarget("samira@asked-in-the-morning.example.org", "en");
        kafka.produceStrings().fromRecords(morning.toRecord()).awaitCompletion();
        await().atMost(DELIVERY).until(() -> !Mailbox.deliveredTo(mailServer, morning.targetEmail()).isEmpty());
        assertThat(Mailbox.deliveredTo(mailServer, request.targetEmail())).isEmpty();
    }

    @Test
    void anEmailHeldBeyondTheCapWhenItsSeekerIsErasedIsSuppressedAndTheDigestCarriesOnlyTheOthers()
            throws Exception {
        clock.placeAt(brussels("2026-03-03T10:00"));
        List<OptInRequestedEvent> events = fiveRequestsToOneTarget("samira@erased-while-held.example.org");
        OptInRequestedEvent kept = events.get(3);
        OptInRequestedEvent erased = events.get(4);
        Instant capReleased = sendThreeAndHoldTwo(events);

        try (ConsumerTask<String, String> deliveries = kafka.consumeStrings()
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Topics.NOTIFICATION_DELIVERIES)) {
            kafka.produceStrings().fromRecords(erasure(erased.introId(), erased.memberId(), "CANCELLED", "SEEKER"))
                    .awaitCompletion();

            Notification suppressed = await().atMost(DELIVERY).until(() -> notificationOf(erased.introId()),
                    row -> row.status == NotificationStatus.SUPPRESSED);
            assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.ERASED);
            assertSuppressedOutcomePublished(deliveries, erased.introId(), "ERASED");
        }

        clock.placeAt(capReleased);
        MimeMessage digest = awaitDigestTo(events.get(0).targetEmail());
        assertThat(digest.getSubject()).isEqualTo("1 messages that waited for you");
        assertThat(Mailbox.part(digest, "text/plain"))
                .contains(kept.optInUrl())
                .doesNotContain(ERASED_SEEKER, erased.optInUrl());
    }

    @Test
    void aHeldEmailTheDigestCannotRenderHoldsBackNoOtherRecipientsDigest() {
        clock.placeAt(brussels("2026-03-10T10:00"));
        List<OptInRequestedEvent> events = fiveRequestsToOneTarget("zoe@after-broken-ones.example.org");
        Instant capReleased = sendThreeAndHoldTwo(events);
        // rows as an erasure left them before held emails of erased intros were suppressed: held, without a body
        String brokenMember = "member-broken-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                entityManager.createNativeQuery("""
                        insert into notification (id, event_id, recipient, recipient_role, template, member_id,
                            intro_id, status, created_at, next_attempt_at)
                        values (gen_random_uuid(), gen_random_uuid()::text, :recipient, 'TARGET', 'OPT_IN_REQUEST',
                            :member, gen_random_uuid(), 'HELD', :createdAt, :due)
                        """)
                        .setParameter("recipient", "a" + i + "@broken-held.example.org")
                        .setParameter("member", brokenMember)
                        .setParameter("createdAt", capReleased.minus(Duration.ofDays(1)))
                        .setParameter("due", capReleased.minus(Duration.ofMinutes(1)))
                        .executeUpdate();
            }
        });
        try {
            clock.placeAt(capReleased);

            awaitDigestTo(events.get(0).targetEmail());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> notifications.delete("memberId", brokenMember));
        }
    }

    @Test
    void erasingTheSecondIntroOfAComposedDigestTakesItsWordsOutBeforeTheDigestLeaves() throws Exception {
        clock.placeAt(brussels("2026-03-17T10:00"));
        List<OptInRequestedEvent> events = fiveRequestsToOneTarget("samira@erased-from-a-digest.example.org");
        OptInRequestedEvent kept = events.get(3);
        OptInRequestedEvent erased = events.get(4);
        sendThreeAndHoldTwo(events);
        clock.placeAt(brussels("2026-03-18T22:30"));
        Instant morning = brussels("2026-03-19T08:00");
        Notification composed = await().atMost(DELIVERY).until(() -> digestOf(kept.memberId(),
                NotificationTemplate.HELD_MAIL_DIGEST), row -> row != null && morning.equals(row.nextAttemptAt));
        assertThat(composed.htmlBody).contains(ERASED_SEEKER);

        kafka.produceStrings().fromRecords(erasure(erased.introId(), erased.memberId(), "CANCELLED", "SEEKER"))
                .awaitCompletion();

        Notification recomposed = await().atMost(DELIVERY).until(() -> digestOf(kept.memberId(),
                NotificationTemplate.HELD_MAIL_DIGEST), row -> row.htmlBody != null
                        && !row.htmlBody.contains(ERASED_SEEKER));
        assertThat(recomposed.status).isEqualTo(NotificationStatus.PENDING);
        assertThat(recomposed.subject).isEqualTo("1 messages that waited for you");
        assertThat(recomposed.introId).isEqualTo(kept.introId());
        clock.placeAt(morning);
        MimeMessage digest = awaitDigestTo(kept.targetEmail());
        assertThat(Mailbox.part(digest, "text/plain") + Mailbox.part(digest, "text/html"))
                .contains(kept.optInUrl())
                .doesNotContain(ERASED_SEEKER, erased.optInUrl());
    }

    @Test
    void erasingAnIntroOfAConnectorDigestWaitingForTheMorningLeavesItsOtherLines() throws Exception {
        clock.placeAt(Instant.parse("2026-03-24T21:30:00Z"));
        IntroStateEvent kept = IntroStateEvent.of(IntroStateEvent.PROPOSED, "erased-in-connector-digest.example.org",
                "en", "en");
        IntroStateEvent erased = kept.anotherIntro(IntroStateEvent.PROPOSED);
        kafka.produceStrings().fromRecords(kept.toRecord(), erased.toRecord()).awaitCompletion();
        Instant morning = Instant.parse("2026-03-25T08:00:00Z");
        Notification composed = await().atMost(DELIVERY).until(() -> digestOf(kept.memberId(),
                NotificationTemplate.CONNECTOR_DIGEST), row -> row != null && morning.equals(row.nextAttemptAt));
        assertThat(composed.textBody.split("Suggested:", -1)).hasSize(3);

        kafka.produceStrings().fromRecords(erasure(erased.introId(), erased.memberId(), "CANCELLED", "SEEKER"))
                .awaitCompletion();

        await().atMost(DELIVERY).until(() -> digestOf(kept.memberId(), NotificationTemplate.CONNECTOR_DIGEST),
                row -> row.textBody != null && row.textBody.split("Suggested:", -1).length == 2);
        clock.placeAt(morning);
        MimeMessage digest = await().atMost(DELIVERY)
                .until(() -> Mailbox.deliveredTo(mailServer, kept.connectorEmail()), emails -> emails.size() == 1)
                .get(0);
        assertThat(Mailbox.part(digest, "text/plain").split("Suggested:", -1)).hasSize(2);
    }

    /** Five requests of one member to one target, the fourth and fifth about seekers of their own names. */
    private static List<OptInRequestedEvent> fiveRequestsToOneTarget(String targetEmail) {
        List<OptInRequestedEvent> events = Stream.iterate(OptInRequestedEvent.forTarget(targetEmail, "en"),
                OptInRequestedEvent::anotherIntroBySameMember).limit(5).toList();
        return List.of(events.get(0), events.get(1), events.get(2), events.get(3).withSeekerName("Annie Kept"),
                events.get(4).withSeekerName(ERASED_SEEKER));
    }

    /** @return when the cap lets the held two through, in one digest */
    private Instant sendThreeAndHoldTwo(List<OptInRequestedEvent> events) {
        for (OptInRequestedEvent event : events.subList(0, 3)) {
            kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
            await().atMost(DELIVERY).until(() -> notificationOf(event.introId()),
                    row -> row != null && row.status == NotificationStatus.SENT);
        }
        for (OptInRequestedEvent event : events.subList(3, 5)) {
            kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
            await().atMost(DELIVERY).until(() -> notificationOf(event.introId()),
                    row -> row != null && row.status == NotificationStatus.HELD);
        }
        return notificationOf(events.get(0).introId()).sentAt.plus(Duration.ofHours(24));
    }

    private MimeMessage awaitDigestTo(String targetEmail) {
        return await().atMost(DELIVERY).until(() -> Mailbox.deliveredTo(mailServer, targetEmail),
                emails -> emails.size() == 4).get(3);
    }

    private static void assertSuppressedOutcomePublished(ConsumerTask<String, String> deliveries, UUID introId,
            String reason) {
        ConsumerRecord<String, String> outcome = await().atMost(DELIVERY).until(
                () -> deliveries.getRecords().stream()
                        .filter(record -> introId.toString().equals(record.key())
                                && record.value().contains("\"status\":\"SUPPRESSED\""))
                        .toList(),
                records -> !records.isEmpty()).get(0);
        assertThat(outcome.value()).contains("\"reason\":\"" + reason + "\"");
        assertThat(EventSchemas.violations("notification.suppressed.v1", outcome.value())).isEmpty();
    }

    private Notification digestOf(String memberId, NotificationTemplate template) {
        return QuarkusTransaction.requiringNew().call(() -> notifications
                .find("memberId = ?1 and template = ?2", memberId, template).firstResult());
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.BRUSSELS).toInstant();
    }

    private static ProducerRecord<String, String> erasure(UUID introId, String memberId, String state,
            String... erasedParties) {
        String data;
        try {
            data = JSON.writeValueAsString(Map.of("introId", introId, "memberId", memberId, "state", state,
                    "occurredAt", Instant.now().atOffset(ZoneOffset.UTC).toString(), "erasedParties",
                    List.of(erasedParties)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(EventSchemas.violations(ERASED, data)).isEmpty();
        return OptInRequestedEvent.cloudEvent(introId.toString(), UUID.randomUUID().toString(), ERASED, data);
    }

    private void publishToFirstPartition(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(record.topic(), 0, record.key(), record.value(),
                record.headers())).awaitCompletion();
    }

    private Notification notificationOf(UUID introId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("introId", introId).firstResult());
    }

    private static RequestSpecification asMember(String memberId) {
        return given().header("Authorization", TestTokens.bearer(memberId));
    }
}

package org.warmintro.notification.api;

import static io.restassured.RestAssured.given;
import static io.restassured.path.json.JsonPath.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.warmintro.notification.intro.Mailbox.part;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.notification.TestClock;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.SuppressionReason;
import org.warmintro.notification.intro.Mailbox;
import org.warmintro.notification.intro.OptInRequestedEvent;
import org.warmintro.notification.unsubscribe.UnsubscribeTokens;
import org.warmintro.testing.CapturedLogs;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.InjectMailServer;
import org.warmintro.testing.MailServer;
import org.warmintro.testing.TestTokens;

/**
 * Only the target can say yes: no member, the connector included, may hold a link meant for someone else. The
 * connector calls every endpoint of the notification API, with every filter, while the target's emails wait (for the
 * morning, beyond the cap in a digest of held mail) and once they went out, and finds neither the target's opt-in
 * link nor any unsubscribe link, nor anything the unsubscribe endpoint accepts; nor do the logs hold them. The target,
 * meanwhile, gets working links.
 */
@QuarkusTest
class NoMemberHoldsAnotherPersonsLinkTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");
    private static final Pattern UNSUBSCRIBE_TOKEN_SHAPE = Pattern.compile("(?:[A-Za-z0-9_-]+\\.)?"
            + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\.[A-Za-z0-9_-]+");
    private static final List<String> STATUSES = Arrays.stream(NotificationStatus.values()).map(Enum::name).toList();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @InjectMailServer
    MailServer mailServer;

    @Inject
    NotificationRepository notifications;

    @Inject
    UnsubscribeTokens unsubscribeTokens;

    @Inject
    TestClock clock;

    private CapturedLogs logs;

    @BeforeEach
    void captureLogs() {
        logs = CapturedLogs.start();
    }

    @AfterEach
    void stopCapturingAndClockBackToNoon() {
        logs.close();
        clock.reset();
    }

    @Test
    void theConnectorFindsNoLinkOfTheTargetsAnywhereWhileTheTargetsGetWorkingLinks() throws Exception {
        // day 1: the connector asks one target about four seekers; three requests go out, the fourth is held
        clock.placeAt(brussels("2026-02-10T10:00"));
        OptInRequestedEvent first = OptInRequestedEvent.forTarget("kofi@consent-busy.example.org", "en");
        List<OptInRequestedEvent> busy = Stream.iterate(first, OptInRequestedEvent::anotherIntroBySameMember)
                .limit(4).toList();
        for (OptInRequestedEvent event : busy.subList(0, 3)) {
            publish(event);
            awaitStatus(event, NotificationStatus.SENT);
        }
        OptInRequestedEvent held = busy.get(3);
        publish(held);
        awaitStatus(held, NotificationStatus.HELD);

        // day 2, in the evening: the digest of held mail is composed and waits for the morning, as does a request
        // to another target
        clock.placeAt(brussels("2026-02-11T22:30"));
        OptInRequestedEvent evening = first.anotherIntroBySameMemberTo("kofi.de.vries@consent-evening.example.org");
        publish(evening);
        Instant morning = brussels("2026-02-12T08:00");
        await().atMost(DELIVERY).until(() -> notificationOf(evening),
                row -> row.isPresent() && morning.equals(row.get().nextAttemptAt));
        Notification digest = await().atMost(DELIVERY).until(() -> heldMailDigestOf(first.memberId()),
                row -> row.isPresent() && morning.equals(row.get().nextAttemptAt)).orElseThrow();
        assertThat(digest.status).isEqualTo(NotificationStatus.PENDING);

        List<OptInRequestedEvent> events = Stream.concat(busy.stream(), Stream.of(evening)).toList();
        Set<String> secrets = new LinkedHashSet<>();
        events.forEach(event -> secrets.addAll(List.of(event.optInUrl(), event.optInToken())));
        secretUnsubscribeLinksOf(first.memberId()).forEach(secrets::add);
        assertNoLinkOfAnotherPerson(everyResponseTo(first.memberId(), events), secrets);

        // day 3, in the morning: the digest and the evening's request reach their targets, with working links
        clock.placeAt(morning);
        MimeMessage received = await().atMost(DELIVERY).until(
                () -> Mailbox.deliveredTo(mailServer, evening.targetEmail()), emails -> emails.size() == 1).get(0);
        MimeMessage receivedDigest = await().atMost(DELIVERY).until(
                () -> Mailbox.deliveredTo(mailServer, first.targetEmail()), emails -> emails.size() == 4).stream()
                .filter(email -> subjectOf(email).contains("waited for you")).findFirst().orElseThrow();
        await().atMost(DELIVERY).until(() -> notificationOf(held),
                row -> row.orElseThrow().status == NotificationStatus.SENT);
        assertThat(linksIn(received)).contains(evening.optInUrl());
        assertThat(linksIn(receivedDigest)).contains(held.optInUrl());
        for (MimeMessage email : List.of(received, receivedDigest)) {
            for (String link : linksIn(email)) {
                secrets.add(link);
                secrets.add(link.substring(link.lastIndexOf('/') + 1));
                if (link.startsWith("http://localhost:8083/")) {
                    given().when().get(URI.create(link).getPath()).then().statusCode(200);
                } else {
                    assertThat(events).extracting(OptInRequestedEvent::optInUrl).contains(link);
                }
            }
        }
        secretUnsubscribeLinksOf(first.memberId()).forEach(secrets::add);
        assertNoLinkOfAnotherPerson(everyResponseTo(first.memberId(), events), secrets);
        assertThat(logs.records(Level.INFO, ""))
                .allSatisfy(line -> assertThat(line).doesNotContain(secrets.toArray(String[]::new)));

        // the unsubscribe link the target received really unsubscribes them
        String unsubscribe = URI.create(received.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "")).getPath();
        assertThat(part(received, "text/plain")).contains("http://localhost:8083" + unsubscribe);
        given().when().post(unsubscribe).then().statusCode(200).body(containsString("You are unsubscribed"));
        OptInRequestedEvent afterUnsubscribing = evening.anotherIntroBySameMember();
        publish(afterUnsubscribing);
        Notification suppressed = awaitStatus(afterUnsubscribing, NotificationStatus.SUPPRESSED);
        assertThat(suppressed.suppressionReason).isEqualTo(SuppressionReason.UNSUBSCRIBED);
    }

    /** Whatever the connector can read: every list with every filter, every page, every notification, its preview. */
    private List<String> everyResponseTo(String memberId, List<OptInRequestedEvent> events) {
        List<String> responses = new ArrayList<>();
        String all = list(memberId, Map.of("size", 100));
        responses.add(all);
        for (String status : STATUSES) {
            responses.add(list(memberId, Map.of("status", status)));
        }
        for (OptInRequestedEvent event : events) {
            responses.add(list(memberId, Map.of("introId", event.introId())));
            for (String status : STATUSES) {
                responses.add(list(memberId, Map.of("introId", event.introId(), "status", status)));
            }
        }
        int total = from(all).getInt("total");
        for (int page = 0; page < total; page++) {
            responses.add(list(memberId, Map.of("size", 1, "page", page)));
        }
        List<String> ids = from(all).getList("items.id", String.class);
        assertThat(ids).hasSize(total).hasSizeGreaterThanOrEqualTo(events.size() + 1);
        for (String id : ids) {
            responses.add(as(memberId).get("/api/v1/notifications/" + id)
                    .then().statusCode(200).extract().asString());
            responses.add(as(memberId).get("/api/v1/notifications/" + id + "/preview")
                    .then().statusCode(200).extract().asString());
        }
        return responses;
    }

    private static void assertNoLinkOfAnotherPerson(List<String> responses, Set<String> secrets) {
        assertThat(secrets).isNotEmpty();
        assertThat(responses).allSatisfy(body -> assertThat(body)
                .doesNotContain(secrets.toArray(String[]::new))
                .doesNotContain("/optin/", "/unsubscribe/"));
        Matcher tokenShaped = UNSUBSCRIBE_TOKEN_SHAPE.matcher(String.join("\n", responses));
        while (tokenShaped.find()) {
            given().when().get("/unsubscribe/" + tokenShaped.group()).then().statusCode(404);
        }
    }

    /** The unsubscribe link of every notification of the member, each as the endpoint would accept it. */
    private List<String> secretUnsubscribeLinksOf(String memberId) {
        List<Notification> rows = QuarkusTransaction.requiringNew()
                .call(() -> notifications.list("memberId", memberId));
        List<String> links = new ArrayList<>();
        for (Notification row : rows) {
            String url = unsubscribeTokens.url(row.id);
            String token = url.substring(url.lastIndexOf('/') + 1);
            links.addAll(List.of(url, token, token.substring(token.indexOf('.') + 1)));
        }
        return links;
    }

    private static Set<String> linksIn(MimeMessage email) throws Exception {
        Set<String> links = new LinkedHashSet<>();
        for (String content : List.of(part(email, "text/plain"), part(email, "text/html"),
                String.join(" ", Optional.ofNullable(email.getHeader("List-Unsubscribe")).orElse(new String[0])))) {
            Matcher url = URL.matcher(content);
            while (url.find()) {
                links.add(url.group());
            }
        }
        return links;
    }

    private static String subjectOf(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String list(String memberId, Map<String, ?> filters) {
        return as(memberId).queryParams(filters).get("/api/v1/notifications")
                .then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as(String memberId) {
        return given().header("Authorization", TestTokens.bearer(memberId));
    }

    private void publish(OptInRequestedEvent event) {
        kafka.produceStrings().fromRecords(event.toRecord()).awaitCompletion();
    }

    private Notification awaitStatus(OptInRequestedEvent event, NotificationStatus status) {
        return await().atMost(DELIVERY).until(() -> notificationOf(event),
                row -> row.isPresent() && row.get().status == status).orElseThrow();
    }

    private Optional<Notification> notificationOf(OptInRequestedEvent event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.find("eventId", event.eventId()).singleResultOptional());
    }

    private Optional<Notification> heldMailDigestOf(String memberId) {
        return QuarkusTransaction.requiringNew().call(() -> notifications
                .find("memberId = ?1 and template = ?2", memberId, NotificationTemplate.HELD_MAIL_DIGEST)
                .singleResultOptional());
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.BRUSSELS).toInstant();
    }
}

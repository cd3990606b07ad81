package org.warmintro.referral.intro;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.warmintro.cloudevents.CloudEventHeaders;
import org.warmintro.local.Topics;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.TestTokens;

/**
 * A member's network as contacts-service would publish it, the intro API as a connector calls it, and
 * referrals.intros.v1 as a notifier reads it.
 */
final class IntroFixtures {

    static final Duration PROCESSING = Duration.ofSeconds(30);
    static final String SELF_INTRODUCTION = "I studied media, am finishing a Ph.D. at VUB and look for a "
            + "communication role in Brussels.";
    static final String OFFERS = "I can make your blog's formatting shine.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaCompanion companion;
    private final ContactProfiles profiles;

    IntroFixtures(KafkaCompanion companion, ContactProfiles profiles) {
        this.companion = companion;
        this.profiles = profiles;
    }

    static String newMember() {
        return "member-" + UUID.randomUUID();
    }

    static RequestSpecification as(String member) {
        return given().header("Authorization", TestTokens.bearer(member)).contentType(ContentType.JSON);
    }

    /**
     * A contact with an active seeking profile and a given name (the first word of {@code fullName}), stored in the
     * projection when this returns.
     */
    String seeker(String member, String fullName) {
        return contact(member, fullName, Map.of("givenName", fullName.split(" ")[0], "seeking",
                Map.of("selfIntroduction", SELF_INTRODUCTION, "targetRoles", List.of("Content Strategist"),
                        "skills", List.of("PR"), "locations", List.of("Brussels"), "remote", false, "offers", OFFERS,
                        "status", "ACTIVE")));
    }

    /** A hiring contact who allows {@code cap} introductions per 30 days. */
    String target(String member, String fullName, int cap) {
        return contact(member, fullName, Map.of("consent",
                Map.of("introductionsAllowed", cap > 0, "maxIntroductionsPer30Days", cap)));
    }

    String contact(String member, String fullName, Map<String, Object> fields) {
        String contactId = UUID.randomUUID().toString();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("contactId", contactId);
        snapshot.put("memberId", member);
        snapshot.put("version", 1);
        snapshot.put("fullName", fullName);
        snapshot.put("email", fullName.toLowerCase().replace(' ', '.') + "@example.org");
        snapshot.put("headline", fullName + "'s headline");
        snapshot.put("locale", "fr-BE");
        snapshot.put("timezone", "Europe/Brussels");
        snapshot.put("skills", List.of());
        snapshot.put("tags", List.of());
        snapshot.put("relationship", Map.of("valueGiven", 0, "valueReceived", 0));
        snapshot.put("consent", Map.of("introductionsAllowed", false, "maxIntroductionsPer30Days", 0));
        snapshot.put("updatedAt", Instant.now().toString());
        snapshot.putAll(fields);
        RecordHeaders headers = cloudEventHeaders(contactId, "network.contact.upserted.v1",
                "urn:warmintro:contacts-service");
        companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.CONTACT_PROFILES, null, contactId,
                write(snapshot), headers)).awaitCompletion(PROCESSING);
        Awaitility.await().atMost(PROCESSING).until(() -> profiles.find(contactId).isPresent());
        return contactId;
    }

    void erase(String contactId) {
        companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.CONTACT_PROFILES, null, contactId, null,
                cloudEventHeaders(contactId, "network.contact.erased.v1", "urn:warmintro:contacts-service")))
                .awaitCompletion(PROCESSING);
    }

    /** Tells the service what notification-service tells it once an email of the intro went out. */
    void notificationSent(String introId, String member, String template) {
        String data = write(Map.of("notificationId", UUID.randomUUID().toString(), "introId", introId,
                "memberId", member, "template", template, "recipientRole", "SEEKER", "status", "SENT",
                "occurredAt", Instant.now().toString()));
        companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.NOTIFICATION_DELIVERIES, null, introId,
                data, cloudEventHeaders(introId, "notification.sent.v1", "urn:warmintro:notification-service")))
                .awaitCompletion(PROCESSING);
    }

    static String propose(String member, String seekerId, String targetId) {
        return as(member).body(Map.of("seekerId", seekerId, "targetId", targetId, "roleTitle", "Content Strategist",
                "message", "You two should meet."))
                .post("/api/v1/intros").then().statusCode(201).extract().path("id");
    }

    static String stateOf(String member, String introId) {
        return as(member).get("/api/v1/intros/" + introId).then().statusCode(200).extract().path("state");
    }

    /** Waits until {@code count} events of the intro are on referrals.intros.v1 and answers them in order. */
    List<ConsumerRecord<String, String>> events(String introId, int count) {
        try (ConsumerTask<String, String> records = companion.consumeStrings().fromTopics(Topics.REFERRAL_INTROS)) {
            return Awaitility.await().atMost(PROCESSING).until(
                    () -> records.getRecords().stream().filter(r -> introId.equals(r.key())).toList(),
                    events -> events.size() >= count);
        }
    }

    List<String> types(String introId, int count) {
        return events(introId, count).stream().map(record -> header(record, "ce_type")).toList();
    }

    /** The token of the opt-in link that the opt-in-requested event carries. */
    String optInToken(String introId) {
        String url = events(introId, 2).stream()
                .filter(record -> "referral.intro.opt-in-requested.v1".equals(header(record, "ce_type")))
                .map(record -> data(record).path("optInUrl").asText()).findFirst().orElseThrow();
        return url.substring(url.indexOf("/optin/") + "/optin/".length());
    }

    static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + record.value(), e);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }

    private static RecordHeaders cloudEventHeaders(String key, String type, String source) {
        return CloudEventHeaders.of(UUID.randomUUID().toString(), type, source, key, Instant.now());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

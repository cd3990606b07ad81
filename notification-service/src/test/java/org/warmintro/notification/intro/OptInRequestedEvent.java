package org.warmintro.notification.intro;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.warmintro.cloudevents.CloudEventHeaders;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.local.Topics;

/**
 * A {@code referral.intro.opt-in-requested.v1} event as referral-service publishes it, for one target, or the
 * {@code referral.intro.opt-in-reminded.v1} that carries the same. Its opt-in link holds a secret token, as
 * referral-service's does: whoever holds the link can answer for the target.
 */
public record OptInRequestedEvent(String type, String eventId, UUID introId, String memberId, String targetEmail,
        String targetLocale, String seekerName, String optInToken) {

    public static final String TYPE = "referral.intro.opt-in-requested.v1";
    public static final String REMINDED = "referral.intro.opt-in-reminded.v1";
    public static final String CANCELLED = "referral.intro.cancelled.v1";
    public static final String SEEKER_NAME = "Annie O'Neil";
    public static final String SEEKER_HEADLINE = "Backend & platform engineer";
    public static final String CONNECTOR_NAME = "Dana Whitfield";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static OptInRequestedEvent forTarget(String targetEmail, String targetLocale) {
        return new OptInRequestedEvent(TYPE, UUID.randomUUID().toString(), UUID.randomUUID(),
                "member-" + UUID.randomUUID(), targetEmail, targetLocale, SEEKER_NAME, newToken());
    }

    /** Another event of the same intro, so on the same partition and processed after this one, for another target. */
    public OptInRequestedEvent sameIntroForTarget(String otherTargetEmail) {
        return new OptInRequestedEvent(TYPE, UUID.randomUUID().toString(), introId, memberId, otherTargetEmail,
                targetLocale, seekerName, newToken());
    }

    /** The same member asks the same target about another seeker. */
    public OptInRequestedEvent anotherIntroBySameMember() {
        return anotherIntroBySameMemberTo(targetEmail);
    }

    /** The same member asks another target about another seeker. */
    public OptInRequestedEvent anotherIntroBySameMemberTo(String otherTargetEmail) {
        return new OptInRequestedEvent(TYPE, UUID.randomUUID().toString(), UUID.randomUUID(), memberId,
                otherTargetEmail, targetLocale, seekerName, newToken());
    }

    /** The one reminder of this request, with a link of its own. */
    public OptInRequestedEvent reminder() {
        return new OptInRequestedEvent(REMINDED, UUID.randomUUID().toString(), introId, memberId, targetEmail,
                targetLocale, seekerName, newToken());
    }

    /** The same event about a seeker of another name. */
    public OptInRequestedEvent withSeekerName(String otherSeekerName) {
        return new OptInRequestedEvent(type, eventId, introId, memberId, targetEmail, targetLocale, otherSeekerName,
                optInToken);
    }

    public String optInUrl() {
        return "https://app.warmintro.test/optin/" + optInToken;
    }

    /** The connector withdraws the intro, as referral-service publishes it. */
    public ProducerRecord<String, String> cancellation() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("introId", introId.toString());
        data.put("memberId", memberId);
        data.put("state", "CANCELLED");
        data.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        data.put("roleTitle", "Senior Backend Engineer");
        data.put("blurb", "Ten years of building payment systems that do not fall over.");
        data.put("connector", Map.of("name", CONNECTOR_NAME, "email", "dana@connector.example.org"));
        data.put("seeker", Map.of("contactId", UUID.randomUUID().toString(), "name", seekerName,
                "selfIntroduction", "Ten years of building payment systems that do not fall over."));
        data.put("target", Map.of("contactId", UUID.randomUUID().toString(), "name", "Samira Haddad",
                "email", targetEmail));
        return validRecord(CANCELLED, UUID.randomUUID().toString(), json(data));
    }

    /** Fails if the contract would not let referral-service publish this data, so the tests use real events only. */
    public ProducerRecord<String, String> toRecord() {
        return validRecord(type, eventId, data());
    }

    private ProducerRecord<String, String> validRecord(String eventType, String id, String data) {
        List<String> violations = EventSchemas.violations(eventType, data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the test event breaks the contract of " + eventType + ": " + violations);
        }
        return cloudEvent(introId.toString(), id, eventType, data);
    }

    /** A record of referrals.intros.v1 with the CloudEvent headers of binary mode. */
    public static ProducerRecord<String, String> cloudEvent(String introId, String eventId, String type, String data) {
        return new ProducerRecord<>(Topics.REFERRAL_INTROS, null, introId, data,
                CloudEventHeaders.of(eventId, type, "urn:warmintro:referral-service", introId, Instant.now()));
    }

    /** The full data of the event, fields this service does not read included. */
    private String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("introId", introId.toString());
        data.put("memberId", memberId);
        data.put("state", "OPT_IN_REQUESTED");
        data.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        data.put("roleTitle", "Senior Backend Engineer");
        data.put("message", "Annie rebuilt our payment platform. I think you two would get on.");
        data.put("optInUrl", optInUrl());
        data.put("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
        data.put("blurb", "Ten years of building payment systems that do not fall over. Offers: a review of your"
                + " on-call runbooks.");
        data.put("connector", Map.of("name", CONNECTOR_NAME, "email", "dana@connector.example.org"));
        data.put("seeker", Map.of(
                "contactId", UUID.randomUUID().toString(),
                "name", seekerName,
                "headline", SEEKER_HEADLINE,
                "selfIntroduction", "Ten years of building payment systems that do not fall over.",
                "offers", "A second pair of eyes on your Kafka topology."));
        data.put("target", Map.of(
                "contactId", UUID.randomUUID().toString(),
                "name", "Samira Haddad",
                "email", targetEmail,
                "locale", targetLocale,
                "timezone", "Europe/Brussels"));
        return json(data);
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}

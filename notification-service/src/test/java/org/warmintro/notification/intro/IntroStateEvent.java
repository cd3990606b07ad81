package org.warmintro.notification.intro;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.warmintro.contracts.EventSchemas;

/**
 * An accepted, declined, opt-in-reminded, proposed or expired event as referral-service publishes it; every address is unique to the
 * test through its {@code domain}, so that tests sharing the SMTP server read back only their own emails.
 */
public record IntroStateEvent(String type, String eventId, UUID introId, String memberId, String domain,
        String seekerLocale, String targetLocale, String connectorLocale, Names names) {

    /**
     * How the event names the three people. A null given name is left out of the event, as referral-service does
     * when a card does not say and as it did before the field existed.
     */
    public record Names(String seeker, String seekerGiven, String target, String targetGiven, String connector,
            String connectorGiven) {

        public static final Names WITHOUT_GIVEN_NAMES = new Names(SEEKER_NAME, null, TARGET_NAME, null,
                CONNECTOR_NAME, null);
    }

    public static final String ACCEPTED = "referral.intro.accepted.v1";
    public static final String DECLINED = "referral.intro.declined.v1";
    public static final String OPT_IN_REMINDED = "referral.intro.opt-in-reminded.v1";
    public static final String PROPOSED = "referral.intro.proposed.v1";
    public static final String EXPIRED = "referral.intro.expired.v1";

    public static final String SEEKER_NAME = "Annie O'Neil";
    public static final String SEEKER_HEADLINE = "Backend & platform engineer";
    public static final String TARGET_NAME = "Samira Haddad";
    public static final String TARGET_HEADLINE = "VP Engineering at Brightpay";
    public static final String CONNECTOR_NAME = "Dana Whitfield";
    public static final String BLURB = "Ten years of building payment systems that do not fall over. Offers: a review"
            + " of your on-call runbooks.";
    public static final String ROLE_TITLE = "Senior Backend Engineer";

    private static final ObjectMapper JSON = new ObjectMapper();

    public IntroStateEvent(String type, String eventId, UUID introId, String memberId, String domain,
            String seekerLocale, String targetLocale, String connectorLocale) {
        this(type, eventId, introId, memberId, domain, seekerLocale, targetLocale, connectorLocale,
                Names.WITHOUT_GIVEN_NAMES);
    }

    public static IntroStateEvent of(String type, String domain, String seekerLocale, String targetLocale) {
        return new IntroStateEvent(type, UUID.randomUUID().toString(), UUID.randomUUID(),
                "member-" + UUID.randomUUID(), domain, seekerLocale, targetLocale, null);
    }

    /** The same event from a connector whose identity gives this language. */
    public IntroStateEvent withConnectorLocale(String locale) {
        return new IntroStateEvent(type, eventId, introId, memberId, domain, seekerLocale, targetLocale, locale,
                names);
    }

    /** The same event naming the people so. */
    public IntroStateEvent withNames(Names otherNames) {
        return new IntroStateEvent(type, eventId, introId, memberId, domain, seekerLocale, targetLocale,
                connectorLocale, otherNames);
    }

    /** Another event of the same intro, so on the same partition and processed after this one. */
    public IntroStateEvent sameIntro(String otherType, String otherEventId) {
        return new IntroStateEvent(otherType, otherEventId, introId, memberId, domain, seekerLocale, targetLocale,
                connectorLocale, names);
    }

    /** An event of another type about another intro of the same connector, addresses included. */
    public IntroStateEvent anotherIntro(String otherType) {
        return new IntroStateEvent(otherType, UUID.randomUUID().toString(), UUID.randomUUID(), memberId, domain,
                seekerLocale, targetLocale, connectorLocale, names);
    }

    public String seekerEmail() {
        return "annie@seeker." + domain;
    }

    public String targetEmail() {
        return "samira@target." + domain;
    }

    public String connectorEmail() {
        return "dana@connector." + domain;
    }

    public String optInUrl() {
        return "https://app.warmintro.test/optin/" + introId;
    }

    /** Fails if the contract would not let referral-service publish this data, so the tests use real events only. */
    public ProducerRecord<String, String> toRecord() {
        String data = data();
        List<String> violations = EventSchemas.violations(type, data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the test event breaks the contract of " + type + ": " + violations);
        }
        return OptInRequestedEvent.cloudEvent(introId.toString(), eventId, type, data);
    }

    private String data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("introId", introId.toString());
        data.put("memberId", memberId);
        data.put("state", switch (type) {
            case ACCEPTED -> "ACCEPTED";
            case DECLINED -> "DECLINED";
            case PROPOSED -> "PROPOSED";
            case EXPIRED -> "EXPIRED";
            default -> "OPT_IN_REQUESTED";
        });
        data.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        data.put("roleTitle", ROLE_TITLE);
        data.put("message", "Annie rebuilt our payment platform. I think you two would get on.");
        data.put("blurb", BLURB);
        Map<String, Object> connector = new HashMap<>(Map.of("name", names.connector(), "email", connectorEmail()));
        connector.put("locale", connectorLocale);
        putGivenName(connector, names.connectorGiven());
        data.put("connector", connector);
        Map<String, Object> seeker = new HashMap<>(Map.of(
                "contactId", UUID.randomUUID().toString(),
                "name", names.seeker(),
                "email", seekerEmail(),
                "headline", SEEKER_HEADLINE,
                "locale", seekerLocale,
                "timezone", "Europe/Brussels",
                "selfIntroduction", "Ten years of building payment systems that do not fall over.",
                "offers", "A second pair of eyes on your Kafka topology."));
        putGivenName(seeker, names.seekerGiven());
        data.put("seeker", seeker);
        Map<String, Object> target = new HashMap<>(Map.of(
                "contactId", UUID.randomUUID().toString(),
                "name", names.target(),
                "email", targetEmail(),
                "headline", TARGET_HEADLINE,
                "locale", targetLocale,
                "timezone", "Europe/Brussels"));
        putGivenName(target, names.targetGiven());
        data.put("target", target);
        if (OPT_IN_REMINDED.equals(type)) {
            data.put("optInUrl", optInUrl());
            data.put("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).toString());
        }
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putGivenName(Map<String, Object> party, String givenName) {
        if (givenName != null) {
            party.put("givenName", givenName);
        }
    }
}

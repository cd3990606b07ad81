package org.warmintro.referral.intro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data of the {@code referral.intro.*.v1} events: everything a notifier needs to write the emails, so that it
 * never has to call back (contracts/schemas).
 */
@ApplicationScoped
public class IntroEvents {

    private final ObjectMapper json;

    IntroEvents(ObjectMapper json) {
        this.json = json;
    }

    String data(Intro intro, PendingEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("introId", intro.id());
        data.put("memberId", intro.memberId());
        data.put("state", event.state().name());
        data.put("occurredAt", event.occurredAt().toString());
        if (PendingEvent.ERASED.equals(event.type())) {
            data.put("erasedParties", erasedParties(intro));
            return json(data);
        }
        data.put("roleTitle", intro.roleTitle());
        data.put("message", intro.message());
        data.put("blurb", intro.blurb());
        Map<String, Object> connector = new LinkedHashMap<>();
        connector.put("name", intro.connector().name());
        connector.put("givenName", intro.connector().givenName());
        connector.put("email", intro.connector().email());
        connector.put("locale", intro.connector().locale());
        connector.put("timezone", intro.connector().timezone());
        data.put("connector", connector);
        Map<String, Object> seeker = party(intro.seeker());
        seeker.put("selfIntroduction", intro.selfIntroduction());
        seeker.put("offers", intro.offers());
        data.put("seeker", seeker);
        data.put("target", party(intro.target()));
        if (event.optInUrl() != null) {
            data.put("optInUrl", event.optInUrl());
            data.put("expiresAt", event.expiresAt().toString());
        }
        if (event.outcome() != null) {
            data.put("outcome", event.outcome().name());
        }
        return json(data);
    }

    private static List<String> erasedParties(Intro intro) {
        List<String> erased = new ArrayList<>();
        if (intro.seeker().isErased()) {
            erased.add("SEEKER");
        }
        if (intro.target().isErased()) {
            erased.add("TARGET");
        }
        return erased;
    }

    private String json(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An intro event cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> party(Party party) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contactId", party.contactId());
        data.put("name", party.name());
        data.put("givenName", party.givenName());
        data.put("email", party.email());
        data.put("headline", party.headline());
        data.put("locale", party.locale());
        data.put("timezone", party.timezone());
        return data;
    }
}

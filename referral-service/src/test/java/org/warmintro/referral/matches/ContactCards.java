package org.warmintro.referral.matches;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.referral.projection.ContactProfile;
import org.warmintro.referral.projection.ContactProfileEvents;

/** Snapshots of contact cards as contacts-service publishes them on {@code contacts.profiles.v1}, built by hand. */
final class ContactCards {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Map<String, Object> card = new LinkedHashMap<>();

    private ContactCards(String memberId, String contactId, String fullName) {
        card.put("contactId", contactId);
        card.put("memberId", memberId);
        card.put("version", 1);
        card.put("fullName", fullName);
        card.put("email", fullName.toLowerCase().replace(' ', '.') + "@example.org");
        card.put("skills", List.of());
        card.put("tags", List.of());
        card.put("relationship", Map.of("valueGiven", 0, "valueReceived", 0));
        card.put("consent", Map.of("introductionsAllowed", true, "maxIntroductionsPer30Days", 3));
        card.put("seeking", null);
        card.put("hiring", null);
        card.put("updatedAt", Instant.now().toString());
    }

    static ContactCards card(String memberId, String contactId, String fullName) {
        return new ContactCards(memberId, contactId, fullName);
    }

    static Map<String, Object> role(String title, String seniority, String location, boolean remote,
            String... skills) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("title", title);
        role.put("skills", List.of(skills));
        role.put("seniority", seniority);
        role.put("location", location);
        role.put("remote", remote);
        return role;
    }

    ContactCards version(long version) {
        card.put("version", version);
        return this;
    }

    ContactCards works(String company, String field, String seniority, String location) {
        card.put("company", company);
        card.put("field", field);
        card.put("seniority", seniority);
        card.put("location", location);
        return this;
    }

    ContactCards skills(String... skills) {
        card.put("skills", List.of(skills));
        return this;
    }

    ContactCards relationship(int strength, Duration sinceLastInteraction, int valueGiven, int valueReceived) {
        card.put("relationship", Map.of("strength", strength,
                "lastInteractionAt", Instant.now().minus(sinceLastInteraction).toString(),
                "valueGiven", valueGiven, "valueReceived", valueReceived));
        return this;
    }

    ContactCards seeking(String status, List<String> targetRoles, List<String> locations, String... skills) {
        card.put("seeking", Map.of("selfIntroduction", "I finish a PhD in media studies and write for people who "
                        + "do not read academic papers.", "targetRoles", targetRoles, "skills", List.of(skills),
                "locations", locations, "remote", false, "status", status));
        return this;
    }

    @SafeVarargs
    final ContactCards hiring(boolean hiringInfluence, Map<String, Object>... openRoles) {
        card.put("hiring", Map.of("openRoles", List.of(openRoles), "hiringInfluence", hiringInfluence));
        return this;
    }

    /** The card as the projection reads it. */
    ContactProfile profile() {
        return new ContactProfile(JSON.convertValue(card, ContactUpserted.class));
    }

    ProducerRecord<String, String> upserted() {
        try {
            return ContactProfileEvents.upserted((String) card.get("contactId"), JSON.writeValueAsString(card));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

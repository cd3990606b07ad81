package org.warmintro.contacts.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;
import static org.warmintro.contacts.ProfileEvents.header;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.contracts.EventSchemas;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class ProfileEventContractTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void everyEventThisServiceEmitsConformsToItsSchemaInTheContracts() {
        String member = newMember();
        String full = createContact(member, Map.ofEntries(
                Map.entry("fullName", "Lena Maes"),
                Map.entry("givenName", "Lena"),
                Map.entry("email", "lena@example.org"),
                Map.entry("profileUrl", "https://www.linkedin.com/in/lena-maes"),
                Map.entry("headline", "Head of Communication at Proximus"),
                Map.entry("company", "Proximus"),
                Map.entry("title", "Head of Communication"),
                Map.entry("seniority", "DIRECTOR"),
                Map.entry("field", "media and communication"),
                Map.entry("skills", List.of("PR", "Content Strategy")),
                Map.entry("location", "Brussels"),
                Map.entry("timezone", "Europe/Brussels"),
                Map.entry("locale", "fr"),
                Map.entry("tags", List.of("media")),
                Map.entry("relationship", Map.of("strength", 4, "howWeMet", "Conference",
                        "lastInteractionAt", Instant.now().minus(30, ChronoUnit.DAYS).toString())),
                Map.entry("consent", Map.of("introductionsAllowed", true, "maxIntroductionsPer30Days", 3))));
        as(member).body(Map.of("hiringInfluence", true, "openRoles", List.of(Map.of("title", "Content Strategist",
                "skills", List.of("SEO"), "seniority", "JUNIOR", "location", "Brussels", "remote", false))))
                .put("/api/v1/contacts/" + full + "/hiring").then().statusCode(200);
        as(member).body(Map.of("selfIntroduction", "I lead communication at Proximus and look for a role in a media group.",
                "targetRoles", List.of("Communication Director"), "skills", List.of("pr"),
                "locations", List.of("Brussels"), "remote", true, "offers", "Mentoring", "status", "PAUSED"))
                .put("/api/v1/contacts/" + full + "/seeking").then().statusCode(200);
        String sparse = createContact(member, Map.of("fullName", "Just A Name"));
        as(member).delete("/api/v1/contacts/" + sparse).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = new ArrayList<>(ProfileEvents.await(companion, full, 3));
        events.addAll(ProfileEvents.await(companion, sparse, 2));

        assertThat(events).hasSize(5).allSatisfy(event -> {
            String type = header(event, "ce_type");
            assertThat(EventSchemas.violations(type, event.value())).as("%s of %s", type, event.key()).isEmpty();
        });
    }
}

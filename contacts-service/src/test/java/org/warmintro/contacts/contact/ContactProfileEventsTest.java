package org.warmintro.contacts.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;
import static org.warmintro.contacts.ProfileEvents.header;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class ContactProfileEventsTest {

    @Inject
    ObjectMapper json;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void everyChangePublishesTheFullSnapshotAsACloudEventKeyedByContactIdWithAGrowingVersion() throws Exception {
        String member = newMember();
        String id = createContact(member, Map.of("fullName", "Hugo Peeters", "givenName", "Hugo",
                "email", "hugo@example.org", "skills", List.of("k8s")));
        as(member).body(Map.of("kind", "HELPED", "direction", "GAVE")).post("/api/v1/contacts/" + id + "/interactions")
                .then().statusCode(201);

        List<ConsumerRecord<String, String>> events = ProfileEvents.await(companion, id, 2);

        ConsumerRecord<String, String> first = events.get(0);
        assertThat(header(first, "ce_type")).isEqualTo(ContactEvents.UPSERTED);
        assertThat(header(first, "ce_subject")).isEqualTo(id);
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_source")).isEqualTo("urn:warmintro:contacts-service");
        assertThat(header(first, "ce_id")).isNotBlank().isNotEqualTo(header(events.get(1), "ce_id"));
        JsonNode snapshot = json.readTree(first.value());
        assertThat(snapshot.get("contactId").asText()).isEqualTo(id);
        assertThat(snapshot.get("memberId").asText()).isEqualTo(member);
        assertThat(snapshot.get("fullName").asText()).isEqualTo("Hugo Peeters");
        assertThat(snapshot.get("givenName").asText()).isEqualTo("Hugo");
        assertThat(snapshot.get("skills").get(0).asText()).isEqualTo("kubernetes");
        JsonNode after = json.readTree(events.get(1).value());
        assertThat(after.get("version").asLong()).isGreaterThan(snapshot.get("version").asLong());
        assertThat(after.get("relationship").get("valueGiven").asInt()).isEqualTo(1);
    }

    @Test
    void erasingAPersonPublishesATombstone() {
        String member = newMember();
        String id = createContact(member, "Annie Wang", "annie@example.org");
        as(member).delete("/api/v1/contacts/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> events = ProfileEvents.await(companion, id, 2);

        ConsumerRecord<String, String> tombstone = events.get(1);
        assertThat(tombstone.value()).isNull();
        assertThat(header(tombstone, "ce_type")).isEqualTo(ContactEvents.ERASED);
        assertThat(header(tombstone, "ce_subject")).isEqualTo(id);
    }
}

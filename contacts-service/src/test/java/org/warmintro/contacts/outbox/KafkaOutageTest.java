package org.warmintro.contacts.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.createContact;
import static org.warmintro.contacts.Members.newMember;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaBroker;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.KafkaBrokerControl;
import org.warmintro.testing.MetricsScrape;

@QuarkusTest
class KafkaOutageTest {

    @InjectKafkaBroker
    KafkaBrokerControl broker;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectMapper json;

    @Test
    void writesAcceptedWhileKafkaIsDownArePublishedOnceItIsBackInOrderPerContact() throws Exception {
        String member = newMember();
        String id = createContact(member, "Annie Wang", "annie@example.org");
        ProfileEvents.await(companion, id, 1);

        broker.takeDown();
        try {
            for (String title : List.of("Researcher", "Content Strategist", "Communication Specialist")) {
                as(member).contentType("application/merge-patch+json").body(Map.of("title", title))
                        .patch("/api/v1/contacts/" + id).then().statusCode(200);
            }
        } finally {
            broker.bringBack();
        }

        List<ConsumerRecord<String, String>> events = ProfileEvents.await(companion, id, 4);
        List<Long> versions = events.stream().map(event -> version(event.value())).distinct().toList();
        assertThat(versions).containsExactly(0L, 1L, 2L, 3L);
        assertThat(json.readTree(events.get(events.size() - 1).value()).get("title").asText())
                .isEqualTo("Communication Specialist");
    }

    @Test
    void theBacklogGaugeShowsTheEventsWaitingForKafkaAndEmptiesOnceItIsBack() {
        String member = newMember();
        broker.takeDown();
        try {
            for (String name : List.of("Hugo Peeters", "Lena Maes", "Tom Claes")) {
                createContact(member, Map.of("fullName", name));
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
                    () -> assertThat(backlog()).isGreaterThanOrEqualTo(3));
        } finally {
            broker.bringBack();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(backlog()).isZero());
    }

    private static double backlog() {
        return MetricsScrape.value(OutboxMetricsTest.scrape(), "warmintro_outbox_backlog", "topic",
                "contacts.profiles.v1");
    }

    private long version(String snapshot) {
        try {
            return json.readTree(snapshot).get("version").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

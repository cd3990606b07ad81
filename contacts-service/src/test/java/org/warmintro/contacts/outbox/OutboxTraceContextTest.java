package org.warmintro.contacts.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.contacts.Members.as;
import static org.warmintro.contacts.Members.newMember;
import static org.warmintro.contacts.ProfileEvents.header;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.contacts.ProfileEvents;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class OutboxTraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void theProfileEventOfANewContactContinuesTheTraceOfTheRequestThatCreatedIt() {
        String id = as(newMember()).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("fullName", "Annie Wang", "email", "annie@example.org"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> events = ProfileEvents.await(companion, id, 1);

        assertThat(traceId(header(events.get(0), "traceparent"))).isEqualTo(TRACE_ID);
    }

    @Test
    void eventsOfDifferentRequestsBelongToDifferentTraces() {
        String member = newMember();
        String first = as(member).body(Map.of("fullName", "Hugo Peeters")).post("/api/v1/contacts").then()
                .statusCode(201).extract().path("id");
        String second = as(member).body(Map.of("fullName", "Lena Maes")).post("/api/v1/contacts").then()
                .statusCode(201).extract().path("id");

        String firstTrace = traceId(header(ProfileEvents.await(companion, first, 1).get(0), "traceparent"));
        String secondTrace = traceId(header(ProfileEvents.await(companion, second, 1).get(0), "traceparent"));

        assertThat(firstTrace).isNotBlank().isNotEqualTo(secondTrace);
    }

    @Test
    void withNoCollectorNamedTheTraceTravelsButNothingIsRecorded() {
        String id = as(newMember()).header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(Map.of("fullName", "Tom Claes")).post("/api/v1/contacts").then().statusCode(201)
                .extract().path("id");

        String traceparent = header(ProfileEvents.await(companion, id, 1).get(0), "traceparent");

        assertThat(traceId(traceparent)).isEqualTo(TRACE_ID);
        assertThat(traceparent).as("sampled flag").endsWith("-00");
    }

    /** {@code version-traceid-spanid-flags} */
    private static String traceId(String traceparent) {
        assertThat(traceparent).as("traceparent header").isNotNull();
        return traceparent.split("-")[1];
    }
}

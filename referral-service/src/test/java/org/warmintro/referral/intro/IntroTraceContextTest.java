package org.warmintro.referral.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.intro.IntroFixtures.as;
import static org.warmintro.referral.intro.IntroFixtures.header;
import static org.warmintro.referral.intro.IntroFixtures.newMember;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class IntroTraceContextTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Test
    void theEventsOfAProposalContinueTheTraceOfTheRequestThatMadeIt() {
        IntroFixtures network = new IntroFixtures(companion, profiles);
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);

        String introId = as(member).header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .body(Map.of("seekerId", annie, "targetId", lena, "roleTitle", "Content Strategist"))
                .post("/api/v1/intros").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> events = network.events(introId, 2);

        assertThat(events).extracting(event -> header(event, "ce_type"))
                .containsExactly("referral.intro.proposed.v1", "referral.intro.opt-in-requested.v1");
        assertThat(events).extracting(event -> header(event, "traceparent"))
                .allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + TRACE_ID + "-"));
    }
}

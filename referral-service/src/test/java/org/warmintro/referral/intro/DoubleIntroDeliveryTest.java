package org.warmintro.referral.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.intro.IntroFixtures.header;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;
import static org.warmintro.referral.intro.IntroFixtures.stateOf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warmintro.local.Topics;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

@QuarkusTest
class DoubleIntroDeliveryTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Test
    void anUnreadableDeliveryIsParkedWithItsReasonAndTheNextOneStillIntroduces() {
        IntroFixtures network = new IntroFixtures(companion, profiles);
        String member = newMember();
        String introId = propose(member, network.seeker(member, "Annie Wang"), network.target(member, "Lena Maes", 5));
        given().post("/optin/" + network.optInToken(introId) + "/accept").then().statusCode(200);
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "notification.sent.v1".getBytes(StandardCharsets.UTF_8));

        companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.NOTIFICATION_DELIVERIES, null, introId,
                "{\"introId\": ", headers)).awaitCompletion(IntroFixtures.PROCESSING);
        network.notificationSent(introId, member, "DOUBLE_INTRO");

        Awaitility.await().atMost(IntroFixtures.PROCESSING).until(() -> stateOf(member, introId), "INTRODUCED"::equals);
        try (ConsumerTask<String, String> parked = companion.consumeStrings()
                .fromTopics(Topics.deadLetter(Topics.NOTIFICATION_DELIVERIES))) {
            List<ConsumerRecord<String, String>> records = Awaitility.await().atMost(IntroFixtures.PROCESSING).until(
                    () -> parked.getRecords().stream().filter(r -> introId.equals(r.key())).toList(),
                    found -> !found.isEmpty());
            assertThat(header(records.get(0), "dead-letter-reason")).contains("not JSON");
        }
    }
}

package org.warmintro.referral.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;

import java.time.Duration;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;
import org.warmintro.testing.MetricsScrape;

@QuarkusTest
class IntroMetricsTest {

    private static final Duration REFRESHED = Duration.ofSeconds(15);

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    @Inject
    Intros intros;

    @Test
    void aProposalShowsAsOneMoreIntroAwaitingTheTargetsAnswerAndItsEventsLeaveNoBacklog() {
        IntroFixtures network = new IntroFixtures(companion, profiles);
        String member = newMember();
        String annie = network.seeker(member, "Annie Wang");
        String lena = network.target(member, "Lena Maes", 3);

        String introId = propose(member, annie, lena);
        network.events(introId, 2);

        // the gauge is refreshed on a schedule, so a value read before the proposal may be stale: the gauge is
        // compared with the store, which holds the new intro awaiting its answer
        Awaitility.await().atMost(REFRESHED).untilAsserted(() -> {
            assertThat(intros.find(introId)).get().extracting(Intro::state).isEqualTo(IntroState.OPT_IN_REQUESTED);
            assertThat(awaitingAnswer())
                    .isEqualTo(intros.countByState().getOrDefault(IntroState.OPT_IN_REQUESTED, 0L).doubleValue());
            assertThat(MetricsScrape.value(scrape(), "warmintro_outbox_backlog", "topic", "referrals.intros.v1"))
                    .isZero();
        });
    }

    @Test
    void consumedProfileEventsAndTheConsumersLagReachTheScrape() {
        IntroFixtures network = new IntroFixtures(companion, profiles);
        double before = MetricsScrape.value(scrape(), "quarkus_messaging_message_count_total", "channel",
                "contact-profiles");

        network.seeker(newMember(), "Annie Wang");

        Awaitility.await().atMost(REFRESHED).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(MetricsScrape.value(scrape, "quarkus_messaging_message_count_total", "channel",
                    "contact-profiles")).isGreaterThanOrEqualTo(before + 1);
            assertThat(scrape).contains("kafka_consumer_fetch_manager_records_lag_max");
        });
    }

    private static double awaitingAnswer() {
        return MetricsScrape.value(scrape(), "warmintro_intros", "state", "OPT_IN_REQUESTED");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

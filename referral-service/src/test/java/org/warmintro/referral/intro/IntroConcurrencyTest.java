package org.warmintro.referral.intro;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.intro.IntroFixtures.as;
import static org.warmintro.referral.intro.IntroFixtures.header;
import static org.warmintro.referral.intro.IntroFixtures.newMember;
import static org.warmintro.referral.intro.IntroFixtures.propose;
import static org.warmintro.referral.intro.IntroFixtures.stateOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.projection.ContactProfiles;
import org.warmintro.testing.InjectKafkaCompanion;

/**
 * What several replicas behind one MongoDB see when requests for the same target or the same link reach them at
 * once. The requests race through the REST API of one process: nothing in the workflow is held in its memory, so
 * its threads race on MongoDB as replicas would.
 */
@QuarkusTest
class IntroConcurrencyTest {

    private static final int CONCURRENT = 8;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ContactProfiles profiles;

    private IntroFixtures network;
    private String member;

    @BeforeEach
    void connect() {
        network = new IntroFixtures(companion, profiles);
        member = newMember();
    }

    @Test
    void concurrentProposalsToOneTargetCreateExactlyAsManyIntrosAsTheTargetAllowsAndRefuseTheRest() throws Exception {
        int cap = 2;
        List<String> seekers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            seekers.add(network.seeker(member, "Seeker" + i + " Wang"));
        }
        // a few targets in a row, because one race may by chance be run one proposal after the other
        for (int round = 0; round < 3; round++) {
            String target = network.target(member, "Target" + round + " Maes", cap);

            List<Response> answers = atOnce(i -> as(member)
                    .body(Map.of("seekerId", seekers.get(i), "targetId", target, "roleTitle", "Content Strategist"))
                    .post("/api/v1/intros"));

            List<String> outcomes = answers.stream().map(answer -> answer.statusCode() == 201 ? "201"
                    : answer.statusCode() + " " + answer.jsonPath().getString("type")).toList();
            assertThat(outcomes).as("round %d", round).filteredOn("201"::equals).hasSize(cap);
            assertThat(outcomes).as("round %d", round).filteredOn(outcome -> !"201".equals(outcome))
                    .hasSize(CONCURRENT - cap)
                    .containsOnly("409 https://warmintro.org/problems/introduction-cap-reached");
            assertThat(as(member).get("/api/v1/intros?size=50").then().statusCode(200).extract()
                    .jsonPath().getList("items.target.contactId", String.class))
                    .as("round %d", round).filteredOn(target::equals).hasSize(cap);
        }
    }

    @Test
    void concurrentClicksOnOneOptInLinkAcceptTheIntroOnceWithOneAcceptedEvent() throws Exception {
        String introId = propose(member, network.seeker(member, "Annie Wang"), network.target(member, "Lena Maes", 5));
        String token = network.optInToken(introId);

        List<Response> answers = atOnce(i -> given().post("/optin/" + token + "/accept"));

        // the page of the problem opt-in-answered is titled so
        List<String> outcomes = answers.stream().map(answer -> answer.statusCode() == 200 ? "200"
                : answer.statusCode() + (answer.asString().contains("<h1>This request was answered already</h1>")
                        ? " opt-in-answered" : " " + answer.asString())).toList();
        assertThat(outcomes).filteredOn("200"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !"200".equals(outcome)).hasSize(CONCURRENT - 1)
                .containsOnly("409 opt-in-answered");
        assertThat(stateOf(member, introId)).isEqualTo("ACCEPTED");
        // the double intro's event comes after every event the clicks stored, in the intro's order on the topic
        network.notificationSent(introId, member, "DOUBLE_INTRO");
        Awaitility.await().atMost(IntroFixtures.PROCESSING).until(() -> stateOf(member, introId), "INTRODUCED"::equals);
        assertThat(network.events(introId, 4)).extracting(event -> header(event, "ce_type")).startsWith(
                "referral.intro.proposed.v1", "referral.intro.opt-in-requested.v1", "referral.intro.accepted.v1",
                "referral.intro.introduced.v1");
    }

    /** Sends {@code CONCURRENT} requests, all let go at the same instant, and answers their responses. */
    private static List<Response> atOnce(IntFunction<Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch ready = new CountDownLatch(CONCURRENT);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                int index = i;
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : sent) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}

package org.warmintro.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The topics the topic operator creates: with auto.create.topics.enable off, a topic not declared does not exist. */
class KafkaTopicsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void referralServicesMemberChangesTopicSpreadsTheMembersOverSixPartitionsForAWeek(String overlay) {
        List<JsonNode> objects = Kustomize.render(Kustomize.overlay(overlay));
        JsonNode profiles = RenderedObjects.find(objects, "KafkaTopic", "contacts.profiles.v1");

        JsonNode topic = RenderedObjects.find(objects, "KafkaTopic", "referral.member-changes.v1");

        assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                .as("the Kafka cluster of the other topics")
                .isEqualTo(profiles.path("metadata").path("labels").path("strimzi.io/cluster").asText());
        JsonNode spec = topic.path("spec");
        assertThat(spec.path("partitions").asInt()).isEqualTo(6);
        assertThat(spec.path("replicas").asInt()).as("the replication of the environment's other topics")
                .isEqualTo(profiles.path("spec").path("replicas").asInt());
        assertThat(spec.path("config").path("cleanup.policy").asText()).isEqualTo("delete");
        assertThat(spec.path("config").path("retention.ms").asLong()).isEqualTo(604_800_000L);
    }
}

package org.warmintro.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class ManifestsAreValidTest {

    private static final ManifestCheck CHECK = new ManifestCheck();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectMatchesItsSchemaWithNoUnknownField(String overlay) {
        List<JsonNode> objects = Kustomize.render(Kustomize.overlay(overlay));

        assertThat(objects).extracting(object -> object.path("kind").asText())
                .contains("Deployment", "Service", "Kafka", "KafkaNodePool", "KafkaTopic", "Cluster",
                        "MongoDBCommunity", "NetworkPolicy", "Ingress");
        assertThat(CHECK.check(objects)).isEmpty();
    }
}

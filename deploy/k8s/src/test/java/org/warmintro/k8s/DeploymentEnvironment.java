package org.warmintro.k8s;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The environment variables a rendered Deployment gives its container: env entries and the keys of envFrom. */
final class DeploymentEnvironment {

    private DeploymentEnvironment() {
    }

    static Set<String> of(String deployment, List<JsonNode> objects) {
        JsonNode container = RenderedObjects.find(objects, "Deployment", deployment).path("spec").path("template")
                .path("spec").path("containers").path(0);
        Set<String> variables = new TreeSet<>();
        container.path("env").forEach(variable -> variables.add(variable.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (!source.has("configMapRef")) {
                throw new AssertionError(deployment + " takes variables from " + source
                        + ": only ConfigMaps of the manifests say which variables they set");
            }
            String prefix = source.path("prefix").asText("");
            RenderedObjects.find(objects, "ConfigMap", source.path("configMapRef").path("name").asText())
                    .path("data").fieldNames().forEachRemaining(key -> variables.add(prefix + key));
        }
        return variables;
    }
}

package org.warmintro.k8s;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;

/** Every rendered object, each against the schema that applies to it: its CRD's, or Kubernetes' own. */
final class ManifestCheck {

    private final KubernetesModelCheck kubernetes = new KubernetesModelCheck();
    private final CustomResourceCheck customResources = new CustomResourceCheck(Kustomize.MODULE.resolve("crds"));

    List<Problem> check(List<JsonNode> objects) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            ObjectId id = ObjectId.of(object);
            if (customResources.covers(id)) {
                problems.addAll(customResources.check(object));
                problems.addAll(kubernetes.checkMetadata(object));
                if (id.kind().equals("MongoDBCommunity")) {
                    problems.addAll(kubernetes.checkPart(object, "spec.statefulSet.spec", StatefulSetSpec.class));
                }
            } else {
                problems.addAll(kubernetes.check(object));
            }
        }
        return problems;
    }
}

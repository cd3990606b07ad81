package org.warmintro.k8s;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Looks up rendered objects by kind and name. */
final class RenderedObjects {

    private RenderedObjects() {
    }

    static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream()
                .filter(object -> object.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the rendered manifests"));
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
    }
}

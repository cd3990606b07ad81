package org.warmintro.k8s;

import com.fasterxml.jackson.databind.JsonNode;

/** How a rendered object is named in messages: {@code apps/v1 Deployment contacts-service}. */
record ObjectId(String apiVersion, String kind, String name) {

    static ObjectId of(JsonNode object) {
        return new ObjectId(object.path("apiVersion").asText(), object.path("kind").asText(),
                object.path("metadata").path("name").asText());
    }

    /** The API group: empty for the core group ({@code v1}). */
    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    String version() {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    @Override
    public String toString() {
        return apiVersion + " " + kind + " " + name;
    }
}

package org.warmintro.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * Checks operators' resources (Strimzi, CloudNativePG, MongoDB) against the openAPIV3Schema of their CRDs, kept in
 * {@code crds/}. The API server prunes a field that a structural schema does not declare, so a misspelt field would
 * be dropped without a word; here it is an error: every object schema that lists its {@code properties} is closed
 * ({@code additionalProperties: false}) unless it says {@code x-kubernetes-preserve-unknown-fields}.
 * Not checked: the CEL rules ({@code x-kubernetes-validations}) and string formats.
 */
final class CustomResourceCheck {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final Map<String, JsonSchema> schemaByGroupVersionKind = new HashMap<>();
    private final Set<String> groups;

    CustomResourceCheck(Path crdDirectory) {
        try (Stream<Path> files = Files.list(crdDirectory)) {
            files.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(this::load);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        groups = schemaByGroupVersionKind.keySet().stream().map(key -> key.substring(0, key.indexOf(' ')))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the object belongs to an API group of the CRDs kept here (rather than to Kubernetes itself). */
    boolean covers(ObjectId id) {
        return groups.contains(id.group());
    }

    List<Problem> check(JsonNode object) {
        ObjectId id = ObjectId.of(object);
        JsonSchema schema = schemaByGroupVersionKind.get(key(id.group(), id.version(), id.kind()));
        if (schema == null) {
            return List.of(Problem.of(id, "no CRD in crds/ defines " + id.kind() + " in " + id.apiVersion()));
        }
        return schema.validate(object).stream().map(message -> Problem.of(id, message.getMessage())).toList();
    }

    private void load(Path file) {
        JsonNode crd;
        try {
            crd = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            JsonNode openApi = version.path("schema").path("openAPIV3Schema");
            if (!openApi.isMissingNode()) {
                schemaByGroupVersionKind.put(key(group, version.path("name").asText(), kind),
                        SCHEMAS.getSchema(strict(openApi)));
            }
        }
    }

    /** The CRD's schema as a JSON Schema that rejects what Kubernetes would prune. */
    static JsonNode strict(JsonNode openApiSchema) {
        JsonNode copy = openApiSchema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        boolean preservesUnknown = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !node.has("additionalProperties") && !preservesUnknown) {
            node.put("additionalProperties", false);
        }
        if (node.path("nullable").asBoolean(false) && node.has("type")) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(node.get("type")).add("null");
            node.set("type", types);
        }
        node.remove("nullable");
        // string formats of OpenAPI (int-or-string, quantity, ...) mean nothing to a JSON Schema validator
        node.remove("format");
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (names.next().startsWith("x-kubernetes-")) {
                names.remove();
            }
        }
        node.path("properties").forEach(CustomResourceCheck::close);
        close(node.get("items"));
        close(node.get("additionalProperties"));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combination).forEach(CustomResourceCheck::close);
        }
        close(node.get("not"));
    }

    private static String key(String group, String version, String kind) {
        return group + " " + version + " " + kind;
    }
}

package org.warmintro.k8s;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Checks Kubernetes' own objects against the fabric8 model of the Kubernetes API. The model is lenient: a field it
 * does not know lands in the object's {@code additionalProperties} (where the API server would prune it, or reject
 * it under strict field validation). This check walks the parsed object and reports every such field by its path,
 * so that a misspelt field fails instead of silently doing nothing.
 */
final class KubernetesModelCheck {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private final KubernetesSerialization serialization = new KubernetesSerialization();
    /** Only to look at the model classes' JSON properties, as Jackson sees them. */
    private final ObjectMapper introspection = new ObjectMapper();

    List<Problem> check(JsonNode object) {
        ObjectId id = ObjectId.of(object);
        Class<? extends KubernetesResource> type = serialization.getRegisteredKubernetesResource(id.apiVersion(),
                id.kind());
        if (type == null) {
            return List.of(Problem.of(id, "Kubernetes has no kind " + id.kind() + " in " + id.apiVersion()));
        }
        return check(id, object, type, "");
    }

    /** An operator's resource is checked against its CRD, but its metadata is Kubernetes' own. */
    List<Problem> checkMetadata(JsonNode object) {
        return checkPart(object, "metadata", ObjectMeta.class);
    }

    /**
     * A part of an operator's resource that its CRD leaves open (x-kubernetes-preserve-unknown-fields) but that the
     * operator merges into a Kubernetes object of its own, such as the StatefulSet of a MongoDB replica set.
     */
    List<Problem> checkPart(JsonNode object, String path, Class<?> type) {
        JsonNode part = object.at("/" + path.replace('.', '/'));
        if (part.isMissingNode()) {
            return List.of();
        }
        return check(ObjectId.of(object), part, type, path);
    }

    private List<Problem> check(ObjectId id, JsonNode node, Class<?> type, String path) {
        Object parsed;
        try {
            parsed = serialization.convertValue(node, type);
        } catch (IllegalArgumentException e) {
            return List.of(Problem.of(id, "cannot be read as " + type.getSimpleName() + ": " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        walk(parsed, path, message -> problems.add(Problem.of(id, message)));
        return problems;
    }

    private void walk(Object value, String path, Consumer<String> report) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", report);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> walk(item, path + "[" + key + "]", report));
            return;
        }
        if (value instanceof Quantity quantity && !isQuantity(quantity)) {
            report.accept(path + " is not a quantity: " + quantity);
            return;
        }
        if (!value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (BeanPropertyDefinition property : properties(value.getClass())) {
            if (property.getAccessor() == null) {
                continue;
            }
            walk(property.getAccessor().getValue(value), join(path, property.getName()), report);
        }
        additionalProperties(value).keySet().forEach(name -> report.accept("unknown field " + join(path, name)));
    }

    /** The model keeps any string as a quantity; the API server rejects what is not one, such as "512MB". */
    private static boolean isQuantity(Quantity quantity) {
        try {
            Quantity.getAmountInBytes(quantity);
            return true;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }

    private List<BeanPropertyDefinition> properties(Class<?> type) {
        return introspection.getSerializationConfig().introspect(introspection.constructType(type)).findProperties();
    }

    private static Map<String, Object> additionalProperties(Object value) {
        try {
            @SuppressWarnings("unchecked")
            var extra = (Map<String, Object>) value.getClass().getMethod("getAdditionalProperties").invoke(value);
            return extra == null ? Map.of() : extra;
        } catch (NoSuchMethodException e) {
            return Map.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

package org.warmintro.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the record of every event type equal to its JSON Schema both ways, so that the records the services build and
 * read are the contracts and a change to either breaks this build.
 */
class EventTypesTest {

    /** As Quarkus configures its mapper: ISO-8601 instants. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaPropertyIsARecordComponentOfACompatibleTypeAndViceVersa(EventType eventType) throws IOException {
        JsonNode schema = schemaOf(eventType);
        if (eventType.dataType() == Void.class) {
            assertThat(schema.path("type").asText()).as("a tombstone's schema").isEqualTo("null");
            return;
        }
        assertMatches(schema, schema, eventType.dataType(), eventType.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aRecordWrittenAsJsonConformsToItsSchemaAndReadsBackEqual(EventType eventType) throws Exception {
        if (eventType.dataType() == Void.class) {
            return;
        }
        JsonNode schema = schemaOf(eventType);
        Object data = sample(schema, schema, eventType.dataType());

        String written = JSON.writeValueAsString(data);

        assertThat(EventSchemas.violations(eventType.type(), written)).as(written).isEmpty();
        assertThat(JSON.readValue(written, eventType.dataType())).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aRecordCannotBeBuiltWithoutAFieldItsSchemaRequires(EventType eventType) throws Exception {
        if (eventType.dataType() == Void.class) {
            return;
        }
        JsonNode schema = schemaOf(eventType);
        assertRefusesMissingRequired(schema, schema, eventType.dataType(), eventType.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eachEventTypeIsNamedByItsCloudEventType(EventType eventType) {
        assertThat(EventType.of(eventType.type())).contains(eventType);
        assertThat(EventSchemas.isKnown(eventType.type())).isTrue();
    }

    private static void assertMatches(JsonNode root, JsonNode object, Class<?> record, String path) {
        assertThat(record.isRecord()).as("%s is a record", path).isTrue();
        Set<String> properties = new LinkedHashSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(components).as("the components of %s (%s)", record.getSimpleName(), path)
                .containsExactlyInAnyOrderElementsOf(properties);
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = object.path("properties").path(component.getName());
            assertCompatible(root, property, component.getGenericType(), path + "." + component.getName());
        }
    }

    private static void assertCompatible(JsonNode root, JsonNode property, Type type, String path) {
        JsonNode value = nonNullAlternative(root, property);
        Class<?> raw = raw(type);
        if (isNullable(root, property)) {
            assertThat(raw.isPrimitive()).as("%s may be null, so its component cannot be primitive", path).isFalse();
        }
        if (value.has("properties")) {
            assertMatches(root, value, raw, path);
        } else if (value.has("const") || value.has("enum")) {
            Set<String> values = new LinkedHashSet<>();
            if (value.has("const")) {
                values.add(value.get("const").asText());
            } else {
                value.get("enum").forEach(item -> {
                    if (!item.isNull()) {
                        values.add(item.asText());
                    }
                });
            }
            assertThat(raw.isEnum()).as("%s is an enum", path).isTrue();
            Set<String> constants = Arrays.stream(raw.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.toSet());
            if (value.has("const")) {
                assertThat(constants).as("the constants of %s", path).containsAll(values);
            } else {
                assertThat(constants).as("the constants of %s", path).containsExactlyInAnyOrderElementsOf(values);
            }
        } else {
            String jsonType = scalarType(value);
            switch (jsonType) {
                case "array" -> {
                    assertThat(raw).as("%s is a collection", path).isIn(List.class, Set.class);
                    Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                    assertCompatible(root, value.path("items"), element, path + "[]");
                }
                case "string" -> assertThat(raw).as("%s (%s)", path, value).isIn(switch (value.path("format")
                        .asText()) {
                    // a record key is text, and may stay text
                    case "uuid" -> List.of(UUID.class, String.class);
                    case "date-time" -> List.of(Instant.class);
                    default -> List.of(String.class);
                });
                case "integer" -> assertThat(raw).as(path).isIn(int.class, long.class, Integer.class, Long.class);
                case "number" -> assertThat(raw).as(path).isIn(double.class, Double.class);
                case "boolean" -> assertThat(raw).as(path).isIn(boolean.class, Boolean.class);
                default -> throw new AssertionError(path + " has a type this test does not know: " + value);
            }
        }
    }

    private static void assertRefusesMissingRequired(JsonNode root, JsonNode object, Class<?> record, String path)
            throws Exception {
        Set<String> required = new LinkedHashSet<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonNode property = object.path("properties").path(component.getName());
            Class<?> raw = component.getType();
            if (required.contains(component.getName()) && !isNullable(root, property) && !raw.isPrimitive()) {
                Object[] arguments = arguments(root, object, record);
                arguments[i] = null;
                assertThatThrownBy(() -> construct(record, arguments))
                        .as("%s.%s is required", path, component.getName())
                        .isInstanceOf(NullPointerException.class);
            }
            JsonNode value = nonNullAlternative(root, property);
            if (value.has("properties")) {
                assertRefusesMissingRequired(root, value, raw, path + "." + component.getName());
            }
        }
    }

    /** A valid instance of {@code record}, every field set to something its schema allows. */
    private static Object sample(JsonNode root, JsonNode object, Class<?> record) throws Exception {
        return construct(record, arguments(root, object, record));
    }

    private static Object[] arguments(JsonNode root, JsonNode object, Class<?> record) throws Exception {
        List<Object> arguments = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            arguments.add(sampleValue(root, object.path("properties").path(component.getName()),
                    component.getGenericType()));
        }
        return arguments.toArray();
    }

    private static Object sampleValue(JsonNode root, JsonNode property, Type type) throws Exception {
        JsonNode value = nonNullAlternative(root, property);
        Class<?> raw = raw(type);
        if (value.has("properties")) {
            return sample(root, value, raw);
        }
        if (raw.isEnum()) {
            String name = value.has("const") ? value.get("const").asText() : value.path("enum").get(0).asText();
            return Arrays.stream(raw.getEnumConstants()).filter(constant -> ((Enum<?>) constant).name().equals(name))
                    .findFirst().orElseThrow();
        }
        if (raw == List.class || raw == Set.class) {
            Object element = sampleValue(root, value.path("items"), ((ParameterizedType) type)
                    .getActualTypeArguments()[0]);
            return raw == List.class ? List.of(element) : Set.of(element);
        }
        if (raw == UUID.class) {
            return UUID.fromString("0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11");
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-11-26T10:00:00Z");
        }
        if (raw == String.class) {
            return switch (value.path("format").asText()) {
                case "email" -> "annie@example.org";
                case "uuid" -> "0b4c1f0e-8a8d-4d9e-9d4a-2c1f6f1e0a11";
                case "uri" -> "https://example.org/opt-in/1";
                default -> "a".repeat(Math.max(1, value.path("minLength").asInt(1)));
            };
        }
        if (raw == int.class || raw == Integer.class) {
            return value.path("minimum").asInt(1);
        }
        if (raw == long.class || raw == Long.class) {
            return value.path("minimum").asLong(1);
        }
        if (raw == double.class || raw == Double.class) {
            return value.path("minimum").asDouble(1);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        throw new AssertionError("No sample for " + type);
    }

    private static Object construct(Class<?> record, Object[] arguments) throws Exception {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static boolean isNullable(JsonNode root, JsonNode property) {
        JsonNode resolved = resolve(root, property);
        if (resolved.path("type").isArray()) {
            for (JsonNode type : resolved.get("type")) {
                if (type.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (JsonNode item : resolved.path("enum")) {
            if (item.isNull()) {
                return true;
            }
        }
        for (JsonNode alternative : resolved.path("oneOf")) {
            if (alternative.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    /** The property without its null alternative: {@code {"oneOf": [{"type": "null"}, X]}} is X. */
    private static JsonNode nonNullAlternative(JsonNode root, JsonNode property) {
        JsonNode resolved = resolve(root, property);
        for (JsonNode alternative : resolved.path("oneOf")) {
            if (!alternative.path("type").asText().equals("null")) {
                return resolve(root, alternative);
            }
        }
        return resolved;
    }

    private static JsonNode resolve(JsonNode root, JsonNode property) {
        String reference = property.path("$ref").asText();
        return reference.startsWith("#/") ? root.at(reference.substring(1)) : property;
    }

    private static String scalarType(JsonNode value) {
        JsonNode type = value.path("type");
        if (type.isArray()) {
            for (JsonNode item : type) {
                if (!item.asText().equals("null")) {
                    return item.asText();
                }
            }
        }
        return type.asText();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static JsonNode schemaOf(EventType eventType) throws IOException {
        try (InputStream in = EventSchemas.class
                .getResourceAsStream("/org/warmintro/contracts/schemas/" + eventType.type() + ".json")) {
            return JSON.readTree(in);
        }
    }
}

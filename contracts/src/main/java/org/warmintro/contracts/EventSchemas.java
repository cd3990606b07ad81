package org.warmintro.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates the data of a CloudEvent against the JSON Schema of its type ({@code schemas/<ce_type>.json}), as an
 * outside consumer holding only this repository's contracts would.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * The ways {@code data} breaks the schema of {@code eventType}; empty when it conforms. A tombstone's data is
     * {@code null}.
     */
    public static List<String> violations(String eventType, String data) {
        try {
            JsonNode document = data == null ? JSON.nullNode() : JSON.readTree(data);
            return schemaOf(eventType).validate(document).stream().map(ValidationMessage::getMessage).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Whether the contracts define a schema for {@code eventType}. */
    public static boolean isKnown(String eventType) {
        return EventSchemas.class.getResource(path(eventType)) != null;
    }

    private static JsonSchema schemaOf(String eventType) {
        return SCHEMAS.computeIfAbsent(eventType, type -> {
            try (InputStream in = EventSchemas.class.getResourceAsStream(path(type))) {
                if (in == null) {
                    throw new IllegalArgumentException("No schema for event type " + type + " in the contracts");
                }
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String path(String eventType) {
        return "/org/warmintro/contracts/schemas/" + eventType + ".json";
    }
}

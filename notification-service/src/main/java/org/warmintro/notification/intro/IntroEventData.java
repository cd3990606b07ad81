package org.warmintro.notification.intro;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.warmintro.cloudevents.BinaryCloudEvent;

/**
 * Reads the JSON data of intro events into the contract's records, so that a change to the contract breaks this
 * service's build, and validates what the emails need of them.
 */
@ApplicationScoped
class IntroEventData {

    private final ObjectMapper objectMapper;
    private final Validator validator;

    IntroEventData(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** The contract's record as it is, for an event whose rules the contract holds all of. */
    <T> T read(BinaryCloudEvent event, Class<T> type) {
        return read(event, type, Function.identity());
    }

    /**
     * The Jackson exceptions are not kept as causes: their messages quote the offending input, which may be
     * personal data, and would end up in logs and in the dead-letter headers. The record on the dead-letter topic
     * keeps the input for whoever investigates.
     *
     * @param type  the contract's record of the event's data
     * @param toUse what this service takes of that record, with the rules the emails add as Bean Validation
     *              constraints: a value that breaks one makes the event malformed
     */
    <C, T> T read(BinaryCloudEvent event, Class<C> type, Function<C, T> toUse) {
        C contract;
        try {
            // producers add fields to v1 events; a field this service does not know yet is no reason to fail
            contract = objectMapper.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.data());
        } catch (JsonMappingException e) {
            throw malformed(event, "data does not fit " + type.getSimpleName() + " at " + path(e));
        } catch (JsonProcessingException e) {
            throw malformed(event, "data is not JSON (" + location(e.getLocation()) + ")");
        }
        if (contract == null) {
            throw malformed(event, "data is null");
        }
        T data = toUse.apply(contract);
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw malformed(event, "invalid data: " + violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return data;
    }

    private static MalformedIntroEventException malformed(BinaryCloudEvent event, String problem) {
        return new MalformedIntroEventException(
                "CloudEvent " + event.id() + " of type " + event.type() + ": " + problem);
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "the top level" : path;
    }

    private static String location(JsonLocation location) {
        return location == null
                ? "location unknown"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}

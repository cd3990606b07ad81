package org.warmintro.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into {@code application/problem+json}: bad input into a 4xx that names each
 * offending field, anything unexpected into a 500 that reveals nothing of the internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        return respond(exception.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        return respond(invalid(errors), uri);
    }

    /**
     * A body that cannot be read as JSON: not JSON at all, or beyond what Jackson reads (nested deeper than its
     * {@code StreamReadConstraints} allow, a number or a string too long).
     */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        return respond(malformedBody(exception), uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException exception, UriInfo uri) {
        return respond(problemOf(exception), uri);
    }

    /** Takes precedence over the built-in mapper of Quarkus REST, whose body has a shape of its own. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, UriInfo uri) {
        return respond(problemOf(exception), uri);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token is required"), uri)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "This member may not do this"), uri);
    }

    /** The problem with a body that cannot be read as JSON, saying why. */
    private static Problem malformedBody(JsonProcessingException exception) {
        String reason = exception instanceof StreamConstraintsException
                ? "The body is beyond what this service reads: "
                : "The body is not valid JSON: ";
        return Problem.of(400, "malformed-body", "Malformed request body", reason + messageOf(exception));
    }

    /** The problem with a body that is JSON but does not fit: names the field and what was expected. */
    public static Problem problemOf(JsonMappingException exception) {
        String field = fieldOf(exception.getPath());
        String message;
        if (exception instanceof InvalidFormatException invalidFormat) {
            message = "cannot be read as " + describe(invalidFormat.getTargetType()) + ": " + invalidFormat.getValue();
        } else if (exception instanceof UnrecognizedPropertyException) {
            message = "is not a known property";
        } else {
            message = messageOf(exception);
        }
        return invalid(List.of(new Problem.FieldError(field.isEmpty() ? "(body)" : field, message)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, uri);
        }
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return respond(Problem.of(status.getStatusCode(), slug, status.getReasonPhrase(), exception.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception, UriInfo uri) {
        LOG.errorf(exception, "Unexpected failure of %s", uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "The request could not be completed; nothing was changed"), uri);
    }

    static Problem invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return Problem.of(400, "validation", "Invalid request", detail).withErrors(errors);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
    }

    /**
     * The field as a client wrote it: {@code seeking.targetRoles[2]} for a body property, the parameter's name for a
     * query or path parameter; the resource method's own name in the path is left out.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // the index of a list element sits on the node inside the list: openRoles[0].title, skills[1]
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "(body)";
    }

    static String fieldOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * Jackson's message without the name of the setting behind a limit ("..., from
     * `StreamReadConstraints.getMaxNestingDepth()`"): an internal of this service that a client cannot change.
     */
    private static String messageOf(JsonProcessingException exception) {
        return exception.getOriginalMessage().replaceAll(", from `[^`]*`", "");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object constant : constants) {
                names.add(constant.toString());
            }
            return "one of " + names;
        }
        return type.getSimpleName();
    }
}

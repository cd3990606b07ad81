package org.warmintro.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as {@code application/problem+json} (RFC 9457). {@code errors} names each offending field of the request
 * (a JSON pointer-like path such as {@code seeking.targetRoles[2]}, or a query parameter's name).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error, as application/problem+json (RFC 9457)")
public record Problem(
        @Schema(description = "A URI identifying the kind of problem", example = "https://warmintro.org/problems/validation")
        URI type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong this time", example = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path that failed", example = "/api/v1/contacts")
        String instance,
        @Schema(description = "The offending fields, one entry each")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://warmintro.org/problems/";

    /** One offending field. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Where in the request", example = "email") String field,
            @Schema(description = "What is wrong with it", example = "must be a well-formed email address") String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}

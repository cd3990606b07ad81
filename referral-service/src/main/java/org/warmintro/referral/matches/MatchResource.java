package org.warmintro.referral.matches;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * The stored matches of the calling member's seekers. Reads only: the lists are kept up to date by
 * {@link MatchMaintenance} as profile events arrive, so a request is one lookup by id.
 */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Whom to introduce the seekers of your network to, and why")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid input; each offending field is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MatchResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final MatchStore store;
    private final JsonWebToken member;

    MatchResource(MatchStore store, JsonWebToken member) {
        this.store = store;
        this.member = member;
    }

    @GET
    @Path("seekers/{contactId}/matches")
    @Operation(summary = "The best introductions for one seeker",
            description = "The hiring contacts in your network, best first, each once: under their open role that "
                    + "fits the seeker best, with its score, the value of each signal and the reasons in words, and "
                    + "their other fitting roles beside it. A seeker whose seeking profile is paused or placed is not "
                    + "matched: 404, as for a contact who does not seek.")
    @APIResponse(responseCode = "200", description = "The seeker's matches, best first",
            content = @Content(schema = @Schema(implementation = SeekerMatches.class)))
    @APIResponse(responseCode = "404", description = "No active seeker with this id in your network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SeekerMatches seekerMatches(
            @PathParam("contactId") @Parameter(description = "The seeker's contact id",
                    example = "0b6f7c52-9a51-4a4e-8d0e-6f1d2c3b4a59") String contactId,
            @QueryParam("limit") @Parameter(description = "How many matches, 1 to 50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
            String limit) {
        int count = parseLimit(limit);
        return store.seekerMatches(contactId)
                .filter(matches -> member.getSubject().equals(matches.memberId()))
                .orElseThrow(() -> new ProblemException(Problem.of(404, "not-found", "Not found",
                        "contact " + contactId + " is not an active seeker of your network")))
                .first(count);
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Whom should I introduce today",
            description = "The best matches of all the seekers of your network merged, best first, one per seeker and "
                    + "hiring contact (under their best role, their other fitting roles beside it).")
    @APIResponse(responseCode = "200", description = "The suggestions, best first; empty when there are none",
            content = @Content(schema = @Schema(implementation = Suggestions.class)))
    public Suggestions suggestions(
            @QueryParam("limit") @Parameter(description = "How many suggestions, 1 to 50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
            String limit) {
        int count = parseLimit(limit);
        String memberId = member.getSubject();
        return store.suggestions(memberId).orElseGet(() -> new Suggestions(memberId, null, List.of()))
                .first(count);
    }

    /** Parsed here rather than bound as an int, so that "ten" is a 400 naming the field like 0 or 51 are. */
    private static int parseLimit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as an out-of-range number is
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}

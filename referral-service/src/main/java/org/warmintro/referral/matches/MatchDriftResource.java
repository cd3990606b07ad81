package org.warmintro.referral.matches;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.problem.Problem;

/**
 * For the people who run the platform (the {@code operator} group of their token): whether a member's stored matches
 * are those a build from scratch gives, after a release, a partition move or a doubt. Like every {@code /api/v1/admin}
 * path, the ingress does not route it.
 */
@Path("/api/v1/admin/members/{memberId}/match-drift")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Match drift", description = "For operators: stored matches next to a build from scratch")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token is not an operator's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MatchDriftResource {

    private final MatchDrift drift;

    MatchDriftResource(MatchDrift drift) {
        this.drift = drift;
    }

    @GET
    @Operation(summary = "The member's stored match lists that differ from a build from scratch",
            description = "Ranks the member's seekers from the profiles and intros in MongoDB, as a replica that "
                    + "builds the member afresh does, and compares target, role and score with the stored lists. "
                    + "Reads the member's whole network: for checks, not for a dashboard's refresh.")
    @APIResponse(responseCode = "200", description = "The comparison; no seeker differing when they agree")
    public MatchDrift.Report drift(@PathParam("memberId") @Parameter(description = "The member's id") String memberId) {
        return drift.of(memberId);
    }
}

package org.warmintro.notification.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.notification.delivery.WaitingEmail;
import org.warmintro.notification.delivery.WaitingEmails;
import org.warmintro.problem.Problem;

/**
 * For the people who run the platform (the {@code operator} group of their token, as for the dead letters), never
 * for members: the emails an address is still to get, and until when and why each waits, when someone asks where
 * theirs is. Not their bodies: the links in them are for their recipients alone. Like every {@code /api/v1/admin}
 * path, the ingress does not route it.
 */
@Path("/api/v1/admin/notifications")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting emails", description = "For operators: the emails an address is still to get, and why they wait")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid input; each offending field is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token is not an operator's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WaitingEmailResource {

    private final WaitingEmails waitingEmails;

    WaitingEmailResource(WaitingEmails waitingEmails) {
        this.waitingEmails = waitingEmails;
    }

    @GET
    @Path("waiting")
    @Operation(summary = "The emails to an address that have not left", description = "Pending or held, to or in "
            + "copy, the soonest due first: each with its subject, when it is due and why it waits (quiet hours, the "
            + "cap, a retry, a digest of held mail)")
    @APIResponse(responseCode = "200", description = "The waiting emails; none for an address that has none")
    public WaitingEmailList waiting(
            @QueryParam("recipient") @NotBlank @Email
            @Parameter(description = "The address", example = "samira@example.org") String recipient) {
        return new WaitingEmailList(waitingEmails.to(recipient));
    }

    /** The emails to an address that have not left, the soonest due first. */
    @Schema(name = "WaitingEmailList")
    public record WaitingEmailList(List<WaitingEmail> emails) {
    }
}

package org.warmintro.referral.intro;

import java.util.Locale;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.problem.Problem;

@Path("/api/v1/intros")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intros", description = "Warm introductions of the calling member's seekers to hiring contacts (double opt-in)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid input; each offending field is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IntroResource {

    private static final String STATES = "PROPOSED|OPT_IN_REQUESTED|ACCEPTED|DECLINED|EXPIRED|CANCELLED|INTRODUCED";

    private final IntroWorkflow workflow;
    private final JsonWebToken member;

    IntroResource(IntroWorkflow workflow, JsonWebToken member) {
        this.workflow = workflow;
        this.member = member;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose an introduction",
            description = "Asks the target at once whether they want to be introduced (state OPT_IN_REQUESTED); the "
                    + "seeker's active seeking profile is their consent. Your token's name and email claims sign the "
                    + "emails (the email only when its email_verified claim is true); the emails written to you "
                    + "greet you by its given_name claim.")
    @RequestBody(content = @Content(schema = @Schema(implementation = IntroRequest.class),
            example = "{\"seekerId\": \"6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f\", "
                    + "\"targetId\": \"7a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d\", \"roleTitle\": \"Content Strategist\", "
                    + "\"message\": \"I think you two should meet.\"}"))
    @APIResponse(responseCode = "201", description = "Proposed and asked; Location names the intro",
            content = @Content(schema = @Schema(implementation = IntroView.class)))
    @APIResponse(responseCode = "404", description = "The seeker or the target is not in your network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now; the problem's type says why: same-person, "
            + "seeker-not-seeking, introductions-not-allowed, introduction-cap-reached, pair-resting, intro-exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(@Valid @NotNull IntroRequest request, UriInfo uri) {
        // the OpenID Connect claims a member's identity provider gives: the emails to the connector follow them
        Party connector = Party.connector(claim("name", member.getSubject()), claim("given_name", null),
                verifiedEmail(), claim("locale", null), claim("zoneinfo", null));
        Intro intro = workflow.propose(new ProposeIntro(member.getSubject(), connector,
                request.seekerId().toLowerCase(Locale.ROOT),
                request.targetId().toLowerCase(Locale.ROOT), blankToNull(request.roleTitle()),
                blankToNull(request.message())));
        return Response.created(uri.getAbsolutePathBuilder().path(intro.id()).build()).entity(IntroView.of(intro))
                .build();
    }

    @GET
    @Operation(summary = "List your intros", description = "Newest first; filters combine with AND")
    @APIResponse(responseCode = "200", description = "One page of intros",
            content = @Content(schema = @Schema(implementation = IntroPage.class)))
    public IntroPage list(
            @QueryParam("state") @Pattern(regexp = STATES, message = "must be one of " + STATES)
            @Parameter(description = "Only intros in this state", example = "OPT_IN_REQUESTED",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "PROPOSED", "OPT_IN_REQUESTED",
                            "ACCEPTED", "DECLINED", "EXPIRED", "CANCELLED", "INTRODUCED" })) String state,
            @QueryParam("seekerId") @Pattern(regexp = IntroRequest.UUID_PATTERN, message = "must be a contact id (UUID)")
            @Parameter(description = "Only intros of this seeker", example = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")
            String seekerId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) @Parameter(description = "Page number, from 0")
            int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Intros per page, 1 to 100")
            int size) {
        Intros.Slice slice = workflow.list(member.getSubject(), state == null ? null : IntroState.valueOf(state),
                seekerId == null ? null : seekerId.toLowerCase(Locale.ROOT), page, size);
        return new IntroPage(slice.intros().stream().map(IntroView::of).toList(), page, size, slice.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an intro")
    @APIResponse(responseCode = "200", description = "The intro",
            content = @Content(schema = @Schema(implementation = IntroView.class)))
    @APIResponse(responseCode = "404", description = "No such intro of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntroView get(@PathParam("id") String id) {
        return IntroView.of(workflow.ofMember(member.getSubject(), id));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Withdraw an introduction", description = "Possible until the target accepted")
    @APIResponse(responseCode = "200", description = "The intro, now CANCELLED",
            content = @Content(schema = @Schema(implementation = IntroView.class)))
    @APIResponse(responseCode = "404", description = "No such intro of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Too late: the intro was accepted, answered or ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntroView cancel(@PathParam("id") String id) {
        return IntroView.of(workflow.cancel(member.getSubject(), id));
    }

    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what came of an introduction", description = "Possible once introduced; a later "
            + "outcome replaces an earlier one (INTERVIEWING, then HIRED)")
    @RequestBody(content = @Content(schema = @Schema(implementation = OutcomeRequest.class),
            example = "{\"outcome\": \"HIRED\"}"))
    @APIResponse(responseCode = "200", description = "The intro with its outcome",
            content = @Content(schema = @Schema(implementation = IntroView.class)))
    @APIResponse(responseCode = "404", description = "No such intro of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The seeker and the target have not been introduced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntroView recordOutcome(@PathParam("id") String id, @Valid @NotNull OutcomeRequest request) {
        return IntroView.of(workflow.recordOutcome(member.getSubject(), id, request.outcome()));
    }

    /**
     * The address emails are sent to and replied to on the connector's behalf: only one the identity provider says
     * the member proved to own ({@code email_verified}), lest anyone put someone else's address in their profile.
     */
    private String verifiedEmail() {
        Object verified = member.getClaim("email_verified");
        return verified == JsonValue.TRUE || Boolean.TRUE.equals(verified) ? claim("email", null) : null;
    }

    private String claim(String name, String fallback) {
        Object value = member.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

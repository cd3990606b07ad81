package org.warmintro.referral.intro;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * The pages the target reaches from the opt-in email. Public: the signed token in the path is the credential.
 * Reading the page changes nothing, because mail scanners follow links; only its buttons (form posts) answer.
 */
@Path("/optin/{token}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Opt-in", description = "The hiring contact's answer to an introduction, from the link in their email")
public class OptInResource {

    @CheckedTemplate
    static class Templates {
        /** Who asks and who the seeker is, with the two buttons. */
        static native TemplateInstance question(Intro intro, String token);

        /** The answer was recorded. */
        static native TemplateInstance answered(Intro intro, boolean accepted);

        /** The link cannot be used (forged, reused, expired). */
        static native TemplateInstance unusable(Problem problem);
    }

    private final IntroWorkflow workflow;

    OptInResource(IntroWorkflow workflow) {
        this.workflow = workflow;
    }

    @GET
    @Operation(summary = "Show the introduction request", description = "Changes nothing")
    @APIResponse(responseCode = "200", description = "The page with the accept and decline buttons")
    @APIResponse(responseCode = "404", description = "Not a link this service sent, or altered")
    @APIResponse(responseCode = "409", description = "Answered already, or withdrawn")
    @APIResponse(responseCode = "410", description = "Expired")
    public Response show(@PathParam("token") String token) {
        try {
            return Response.ok(Templates.question(workflow.awaitingAnswer(token), token)).build();
        } catch (ProblemException e) {
            return unusable(e);
        }
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept the introduction")
    @APIResponse(responseCode = "200", description = "Accepted: the seeker and you will be introduced by email")
    public Response accept(@PathParam("token") String token) {
        try {
            return Response.ok(Templates.answered(workflow.accept(token), true)).build();
        } catch (ProblemException e) {
            return unusable(e);
        }
    }

    @POST
    @Path("decline")
    @Operation(summary = "Decline the introduction", description = "The seeker is never told who declined")
    @APIResponse(responseCode = "200", description = "Declined")
    public Response decline(@PathParam("token") String token) {
        try {
            return Response.ok(Templates.answered(workflow.decline(token), false)).build();
        } catch (ProblemException e) {
            return unusable(e);
        }
    }

    private static Response unusable(ProblemException e) {
        return Response.status(e.problem().status()).entity(Templates.unusable(e.problem()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }
}

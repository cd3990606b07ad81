package org.warmintro.contacts.profile;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.contacts.contact.Contact;
import org.warmintro.contacts.contact.ContactBook;
import org.warmintro.contacts.contact.ContactView;
import org.warmintro.contacts.contact.Versions;
import org.warmintro.contacts.skill.SkillNormaliser;

@Path("/api/v1/contacts/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "What a contact is seeking, and whom they are hiring")
@SecurityRequirement(name = "jwt")
public class ProfileResource {

    private final ContactBook book;
    private final SkillNormaliser skillNormaliser;
    private final JsonWebToken member;

    ProfileResource(ContactBook book, SkillNormaliser skillNormaliser, JsonWebToken member) {
        this.book = book;
        this.skillNormaliser = skillNormaliser;
        this.member = member;
    }

    @PUT
    @Path("seeking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set what this contact is seeking", description = "An ACTIVE profile makes them a seeker to match")
    @APIResponse(responseCode = "200", description = "The card as it is now",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response putSeeking(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SeekingProfile profile) {
        return respond(book.update(member.getSubject(), id, Versions.expected(ifMatch),
                contact -> contact.seeking = profile.normalised(skillNormaliser)));
    }

    @DELETE
    @Path("seeking")
    @Operation(summary = "Remove the seeking profile")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteSeeking(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        book.update(member.getSubject(), id, Versions.expected(ifMatch), contact -> contact.seeking = null);
    }

    @PUT
    @Path("hiring")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the roles this contact is hiring for")
    @APIResponse(responseCode = "200", description = "The card as it is now",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response putHiring(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull HiringProfile profile) {
        return respond(book.update(member.getSubject(), id, Versions.expected(ifMatch),
                contact -> contact.hiring = profile.normalised(skillNormaliser)));
    }

    @DELETE
    @Path("hiring")
    @Operation(summary = "Remove the hiring profile")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteHiring(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        book.update(member.getSubject(), id, Versions.expected(ifMatch), contact -> contact.hiring = null);
    }

    private Response respond(Contact contact) {
        return Response.ok(book.view(contact)).tag(Versions.etag(contact.version)).build();
    }
}

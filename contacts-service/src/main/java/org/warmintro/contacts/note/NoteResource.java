package org.warmintro.contacts.note;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.contact.ContactBook;
import org.warmintro.contacts.search.SearchDocuments;
import org.warmintro.contacts.text.LineBreaks;
import org.warmintro.contacts.text.NoControlCharacters;

@Path("/api/v1/contacts/{id}/notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Comments on a contact card; searchable with GET /api/v1/contacts?q=")
@SecurityRequirement(name = "jwt")
public class NoteResource {

    private final ContactBook book;
    private final SearchDocuments searchDocuments;
    private final JsonWebToken member;
    private final Clock clock;

    NoteResource(ContactBook book, SearchDocuments searchDocuments, JsonWebToken member, Clock clock) {
        this.book = book;
        this.searchDocuments = searchDocuments;
        this.member = member;
        this.clock = clock;
    }

    @Schema(name = "NoteRequest")
    public record NoteRequest(
            @NotBlank @Size(max = FieldLimits.NOTE) @NoControlCharacters(multiline = true)
            @Schema(example = "Offered to reformat my articles; media PhD at VUB") String body) {
    }

    @Schema(name = "Note")
    public record NoteView(UUID id, String body, Instant createdAt) {

        static NoteView of(Note note) {
            return new NoteView(note.id, note.body, note.createdAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Comment on a contact card")
    @APIResponse(responseCode = "201", description = "The note, timestamped")
    public Response add(@PathParam("id") UUID contactId, @Valid @NotNull NoteRequest request) {
        book.find(member.getSubject(), contactId);
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.contactId = contactId;
        note.body = LineBreaks.normalised(request.body().strip());
        note.createdAt = clock.instant();
        note.persistAndFlush();
        searchDocuments.refresh(contactId);
        return Response.status(Response.Status.CREATED).entity(NoteView.of(note)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The notes on a contact card, newest first")
    public List<NoteView> list(@PathParam("id") UUID contactId) {
        book.find(member.getSubject(), contactId);
        return Note.<Note>find("contactId = ?1 order by createdAt desc, id", contactId).stream().map(NoteView::of)
                .toList();
    }
}

package org.warmintro.contacts.contact;

import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonMergePatch;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsonp.JSONPModule;
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
import org.warmintro.contacts.FieldLimits;
import org.warmintro.contacts.search.ContactSearch;
import org.warmintro.contacts.search.SearchQuery;
import org.warmintro.contacts.text.NoControlCharacters;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;
import org.warmintro.problem.ProblemMappers;

@Path("/api/v1/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The contact cards of the calling member's network")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid input; each offending field is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContactResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final ContactBook book;
    private final ContactSearch search;
    private final JsonWebToken member;
    private final ObjectMapper json;
    private final Validator validator;

    ContactResource(ContactBook book, ContactSearch search, JsonWebToken member, ObjectMapper json,
            Validator validator) {
        this.book = book;
        this.search = search;
        this.member = member;
        this.json = json.copy().registerModule(new JSONPModule());
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact card")
    @APIResponse(responseCode = "201", description = "Created; Location names the new card",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", description = "A card with this email or profile URL exists, and the problem "
            + "names it (type .../duplicate-contact); or your network is full: it keeps at most 50,000 contacts unless "
            + "configured otherwise (type .../contact-quota)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ContactRequest request, UriInfo uri) {
        Contact contact = book.create(member.getSubject(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id.toString()).build())
                .tag(Versions.etag(contact.version)).entity(book.view(contact)).build();
    }

    @GET
    @Operation(summary = "Search the network",
            description = "Full-text search over name, headline, company, title, field, skills, tags and notes, ranked; "
                    + "filters combine with AND")
    @APIResponse(responseCode = "200", description = "One page of matching cards, and how many match: counted up "
            + "to 1,000, past which totalIsCapped says \"1,000+\"")
    public Page<ContactView> search(
            @QueryParam("q") @Size(max = FieldLimits.SEARCH_WORDS) @NoControlCharacters
            @Parameter(description = "Words to find anywhere on the card or in its notes; each may be the start of a word",
                    example = "media brussels") String q,
            @QueryParam("tag") @Size(max = FieldLimits.TAG) @NoControlCharacters
            @Parameter(description = "Only cards with this tag", example = "brunch") String tag,
            @QueryParam("skill") @Size(max = FieldLimits.SKILL) @NoControlCharacters
            @Parameter(description = "Only cards with this skill (k8s finds kubernetes)", example = "kubernetes") String skill,
            @QueryParam("company") @Size(max = FieldLimits.COMPANY) @NoControlCharacters
            @Parameter(description = "Only people at this company, in any case", example = "Proximus") String company,
            @QueryParam("hiring") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "true: only people with open roles; false: only people without",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String hiring,
            @QueryParam("seeking") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "true: only active seekers; false: everyone else",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String seeking,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) @Parameter(description = "Page number, from 0")
            int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Cards per page, 1 to 100")
            int size,
            @QueryParam("sort") @Pattern(regexp = "relevance|name|updatedAt|-updatedAt",
                    message = "must be one of relevance, name, updatedAt, -updatedAt")
            @Parameter(description = "relevance (the default with q), name (the default without), updatedAt, -updatedAt")
            String sort) {
        return search.search(member.getSubject(),
                new SearchQuery(q, tag, skill, company, hiring == null ? null : Boolean.valueOf(hiring),
                        seeking == null ? null : Boolean.valueOf(seeking), page, size, sort));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a contact card")
    @APIResponse(responseCode = "200", description = "The card; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "404", description = "No such card in your network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withVersion(book.find(member.getSubject(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a contact card's own fields",
            description = "Seeking and hiring profiles, notes and interactions are kept. Send If-Match with the ETag you read "
                    + "to be sure not to undo someone else's change.")
    @APIResponse(responseCode = "200", description = "The card as it is now",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "412", description = "The card changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ContactRequest request) {
        return withVersion(book.replace(member.getSubject(), id, Versions.expected(ifMatch), request));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change some fields of a contact card (JSON Merge Patch, RFC 7396)",
            description = "A field set to null is cleared; fields left out stay as they are.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ContactRequest.class),
            example = "{\"title\": \"Head of Communication\", \"tags\": [\"media\", \"hiring\"]}"))
    @APIResponse(responseCode = "200", description = "The card as it is now",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "412", description = "The card changed since the ETag in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String mergePatch)
            throws JsonProcessingException {
        JsonMergePatch patch = parsePatch(mergePatch);
        Contact patched = book.update(member.getSubject(), id, Versions.expected(ifMatch), contact -> {
            ContactRequest request = applyPatch(book.asRequest(contact), patch);
            book.replaceFields(contact, request);
        });
        return withVersion(patched);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Erase a person (right to be forgotten)",
            description = "Deletes the card with its notes and interactions, and publishes a tombstone so that every "
                    + "service erases its copies too.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such card in your network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void erase(@PathParam("id") UUID id) {
        book.erase(member.getSubject(), id);
    }

    private Response withVersion(Contact contact) {
        return Response.ok(book.view(contact)).tag(Versions.etag(contact.version)).build();
    }

    /**
     * Reads the patch with Jackson, as every other body is read, so that one that is not JSON or is nested deeper than
     * Jackson reads answers 400 (ProblemMappers).
     */
    private JsonMergePatch parsePatch(String mergePatch) throws JsonProcessingException {
        if (mergePatch == null || mergePatch.isBlank()) {
            throw ProblemException.invalid("(body)", "a merge patch document is required");
        }
        if (!(json.readValue(mergePatch, JsonValue.class) instanceof JsonObject patch)) {
            throw ProblemException.invalid("(body)", "a merge patch of a contact must be a JSON object");
        }
        return Json.createMergePatch(patch);
    }

    private ContactRequest applyPatch(ContactRequest current, JsonMergePatch patch) {
        JsonValue merged = patch.apply(json.convertValue(current, JsonValue.class));
        ContactRequest request;
        try {
            request = json.readValue(json.writeValueAsString(merged), ContactRequest.class);
        } catch (JsonMappingException e) {
            throw new ProblemException(ProblemMappers.problemOf(e));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A merged contact cannot be read back", e);
        }
        Set<ConstraintViolation<ContactRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}

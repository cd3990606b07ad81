package org.warmintro.contacts.interaction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import org.warmintro.contacts.contact.Contact;
import org.warmintro.contacts.contact.ContactBook;
import org.warmintro.contacts.text.LineBreaks;
import org.warmintro.contacts.text.NoControlCharacters;

@Path("/api/v1/contacts/{id}/interactions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions", description = "What happened between you and a contact; it keeps the relationship's strength and balance")
@SecurityRequirement(name = "jwt")
public class InteractionResource {

    private final ContactBook book;
    private final JsonWebToken member;
    private final Clock clock;

    InteractionResource(ContactBook book, JsonWebToken member, Clock clock) {
        this.book = book;
        this.member = member;
        this.clock = clock;
    }

    @Schema(name = "InteractionRequest")
    public record InteractionRequest(
            @NotNull @Schema(example = "HELPED") InteractionKind kind,
            @NotNull @Schema(description = "GAVE: you reached out or helped; RECEIVED: they did", example = "RECEIVED")
            Direction direction,
            @PastOrPresent @Schema(description = "When it happened; now when left out") Instant occurredAt,
            @Size(max = FieldLimits.INTERACTION_SUMMARY) @NoControlCharacters(multiline = true)
            @Schema(example = "Reformatted my blog template")
            String summary) {
    }

    @Schema(name = "Interaction")
    public record InteractionView(UUID id, InteractionKind kind, Direction direction, String summary,
            Instant occurredAt) {

        static InteractionView of(Interaction interaction) {
            return new InteractionView(interaction.id, interaction.kind, interaction.direction, interaction.summary,
                    interaction.occurredAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Log an interaction",
            description = "Refreshes the relationship (its strength fades with time since the last interaction) and, for "
                    + "HELPED, the give/receive balance")
    @APIResponse(responseCode = "201", description = "The interaction")
    public Response log(@PathParam("id") UUID contactId, @Valid @NotNull InteractionRequest request) {
        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID();
        interaction.contactId = contactId;
        interaction.kind = request.kind();
        interaction.direction = request.direction();
        interaction.summary = request.summary() == null ? null : LineBreaks.normalised(request.summary().strip());
        interaction.createdAt = clock.instant();
        interaction.occurredAt = request.occurredAt() != null ? request.occurredAt() : interaction.createdAt;
        book.update(member.getSubject(), contactId, Optional.empty(), contact -> record(interaction, contact));
        interaction.persist();
        return Response.status(Response.Status.CREATED).entity(InteractionView.of(interaction)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The interactions with a contact, newest first")
    public List<InteractionView> list(@PathParam("id") UUID contactId) {
        book.find(member.getSubject(), contactId);
        return Interaction.<Interaction>find("contactId = ?1 order by occurredAt desc, id", contactId).stream()
                .map(InteractionView::of).toList();
    }

    private static void record(Interaction interaction, Contact contact) {
        if (contact.lastInteractionAt == null || interaction.occurredAt.isAfter(contact.lastInteractionAt)) {
            contact.lastInteractionAt = interaction.occurredAt;
        }
        if (interaction.kind == InteractionKind.HELPED) {
            if (interaction.direction == Direction.GAVE) {
                contact.valueGiven++;
            } else {
                contact.valueReceived++;
            }
        }
    }
}

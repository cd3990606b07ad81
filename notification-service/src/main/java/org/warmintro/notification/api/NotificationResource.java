package org.warmintro.notification.api;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmintro.notification.delivery.Notification;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.NotificationStatus;
import org.warmintro.notification.delivery.SecretLinks;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

@Path("/api/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The emails sent on behalf of the calling member, and how far each got")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid input; each offending field is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationResource {

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final NotificationRepository notifications;
    private final JsonWebToken member;

    NotificationResource(NotificationRepository notifications, JsonWebToken member) {
        this.notifications = notifications;
        this.member = member;
    }

    @GET
    @Operation(summary = "List the member's notifications, the newest first")
    @APIResponse(responseCode = "200", description = "One page of notifications")
    public NotificationPage list(
            @QueryParam("introId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            @Parameter(description = "Only the notifications of this intro") String introId,
            @QueryParam("status") @Pattern(regexp = "PENDING|HELD|SENT|FAILED|SUPPRESSED",
                    message = "must be one of PENDING, HELD, SENT, FAILED, SUPPRESSED")
            @Parameter(description = "Only notifications in this state") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) @Parameter(description = "Page number, from 0")
            int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100)
            @Parameter(description = "Notifications per page, 1 to 100") int size) {
        StringBuilder query = new StringBuilder("memberId = :memberId");
        Parameters parameters = Parameters.with("memberId", member.getSubject());
        if (introId != null) {
            query.append(" and introId = :introId");
            parameters.and("introId", UUID.fromString(introId));
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", NotificationStatus.valueOf(status));
        }
        PanacheQuery<Notification> matching = notifications
                .find(query.toString(), Sort.descending("createdAt").and("id"), parameters)
                .page(page, size);
        return new NotificationPage(matching.list().stream().map(NotificationView::of).toList(), page, size,
                matching.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one of the member's notifications")
    @APIResponse(responseCode = "200", description = "The notification",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView get(@PathParam("id") UUID id) {
        return NotificationView.of(ownNotification(id));
    }

    @GET
    @Path("{id}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The email as its recipients see it, in HTML, but for the links meant for them alone",
            description = "An opt-in link answers for the target and an unsubscribe link unsubscribes the recipient:"
                    + " only the person the email goes to may hold them. The preview shows them as inert text that"
                    + " says who gets them.")
    @APIResponse(responseCode = "200", description = "The rendered HTML of the email, its secret links inert")
    @APIResponse(responseCode = "404", description = "No such notification of yours, or none rendered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String preview(@PathParam("id") UUID id) {
        Notification notification = ownNotification(id);
        if (notification.htmlBody == null) {
            throw ProblemException.notFound("a rendering of notification " + id);
        }
        return SecretLinks.redacted(notification.htmlBody, notification.recipientRole);
    }

    /** Another member's notification is as absent as one that does not exist: its id tells nothing. */
    private Notification ownNotification(UUID id) {
        return notifications.findByIdOptional(id)
                .filter(notification -> notification.memberId.equals(member.getSubject()))
                .orElseThrow(() -> ProblemException.notFound("notification " + id));
    }
}

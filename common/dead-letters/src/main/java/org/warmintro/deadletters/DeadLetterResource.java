package org.warmintro.deadletters;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * For the people who run the platform (the {@code operator} group of their token), never for members: what this
 * service parked on its dead-letter topics and why, and a replay that sends it back once the cause is fixed. The
 * ingress does not route {@code /api/v1/admin}; it is reached from inside the cluster (README: Dead letters).
 */
@Path("/api/v1/admin/dead-letters")
@RolesAllowed(DeadLetterResource.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "For operators: the records this service could not process, and their "
        + "replay")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid input; each offending field is named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token is not an operator's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not a dead-letter topic of this service",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadLetterResource {

    static final String OPERATOR = "operator";
    private static final Logger LOG = Logger.getLogger(DeadLetterResource.class);

    private final DeadLetters deadLetters;
    private final SecurityIdentity caller;

    DeadLetterResource(DeadLetters deadLetters, SecurityIdentity caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "This service's dead-letter topics", description = "Each with the topic its records came "
            + "from and the offsets each partition holds")
    public List<DeadLetterTopic> topics() {
        return deadLetters.topics();
    }

    @GET
    @Path("{topic}")
    @Operation(summary = "Read the records of a dead-letter topic", description = "In offset order within a "
            + "partition, with why each failed; not their values, which may name people")
    public DeadLetterPage read(
            @PathParam("topic") @Parameter(example = "contacts.profiles.v1.dlq") String topic,
            @QueryParam("partition") @Min(0) @Parameter(description = "Only this partition; all when absent")
            Integer partition,
            @QueryParam("from") @Min(0) @Parameter(description = "From this offset of the partition") Long from,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        requirePartitionWithOffset(partition, from);
        return new DeadLetterPage(deadLetters.read(topic, partition, from, limit));
    }

    @POST
    @Path("{topic}/replay")
    @Operation(summary = "Send the records of a dead-letter topic back to their topic", description = "Once the "
            + "cause is fixed: every record from the given offset of a partition (or all of them) up to the end the "
            + "topic has now, in order, with its key, value and headers (ce_*, traceparent) but the dead-letter-* "
            + "ones. Every consumer of that topic receives them again; the platform's consumers ignore a record they "
            + "already applied. The dead-letter topic keeps them.")
    @APIResponse(responseCode = "200", description = "Sent back, and acknowledged by Kafka",
            content = @Content(schema = @Schema(implementation = Replay.class)))
    public Replay replay(
            @PathParam("topic") @Parameter(example = "contacts.profiles.v1.dlq") String topic,
            @QueryParam("partition") @Min(0) @Parameter(description = "Only this partition; all when absent")
            Integer partition,
            @QueryParam("from") @Min(0) @Parameter(description = "From this offset of the partition; its first "
                    + "record when absent") Long from) {
        requirePartitionWithOffset(partition, from);
        Replay replay = deadLetters.replay(topic, partition, from);
        LOG.infof("%s replayed %d records of %s to %s: %s", caller.getPrincipal().getName(), replay.replayed(), topic,
                replay.topic(), replay.partitions());
        return replay;
    }

    private static void requirePartitionWithOffset(Integer partition, Long from) {
        if (from != null && partition == null) {
            throw ProblemException.invalid("partition", "is required with from: offsets are per partition");
        }
    }

    /** The records read, in offset order within a partition. */
    @Schema(name = "DeadLetterPage")
    public record DeadLetterPage(List<DeadLetter> records) {
    }
}

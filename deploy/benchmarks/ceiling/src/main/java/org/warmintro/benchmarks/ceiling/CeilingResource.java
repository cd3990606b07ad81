package org.warmintro.benchmarks.ceiling;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A card-sized JSON document read and written with nothing behind it: what Quarkus itself costs a request, on a
 * worker thread as the services' blocking endpoints run.
 */
@Path("/ceiling")
@Produces(MediaType.APPLICATION_JSON)
public class CeilingResource {

    private static final Card CARD = new Card("2f4c9e1a-7b3d-4c2e-9f1a-6d5e4c3b2a10", "Annie Wang",
            "annie.wang@example.org", "Media researcher, PhD candidate at VUB", "VUB", "PhD Researcher",
            List.of("content strategy", "mandarin"), "Brussels, Belgium", 3);

    /** A contact card's common fields. */
    public record Card(String id, String fullName, String email, String headline, String company, String title,
            List<String> skills, String location, long version) {
    }

    @GET
    public Card read() {
        return CARD;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(Card card) {
        return Response.status(Response.Status.CREATED).entity(card).build();
    }
}

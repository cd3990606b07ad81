package org.warmintro.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;

/**
 * Production's sign-in: the OpenID Connect authorization code flow of quarkus-oidc against the members' identity
 * provider. Its access token is the bearer token the services verify; the pages fetch it once signed in.
 */
@Path("/session")
@Authenticated
public class SessionResource {

    public record SessionToken(String token) {
    }

    private final AccessTokenCredential accessToken;

    SessionResource(AccessTokenCredential accessToken) {
        this.accessToken = accessToken;
    }

    /** Reached once the identity provider signed the member in: back to the pages, which then fetch the token. */
    @GET
    @Path("sign-in")
    public Response signIn() {
        return Response.seeOther(URI.create("/#/signin?oidc=done")).build();
    }

    @GET
    @Path("token.json")
    @Produces(MediaType.APPLICATION_JSON)
    public SessionToken token() {
        return new SessionToken(accessToken.getToken());
    }
}

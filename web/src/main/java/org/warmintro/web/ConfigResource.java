package org.warmintro.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the pages need to know before their first call: the services' base URLs and the way to sign in. */
@Path("/config.json")
public class ConfigResource {

    /**
     * @param signIn "demo" (pick one of the local run's demo members), "oidc" (at the members' identity provider) or
     *               "none" (no way to sign in is configured)
     */
    public record ClientConfig(String contacts, String referral, String notification, String signIn) {
    }

    private final WebConfig config;
    private final boolean openIdConnect;

    ConfigResource(WebConfig config,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean openIdConnect) {
        this.config = config;
        this.openIdConnect = openIdConnect;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ClientConfig config() {
        WebConfig.Services services = config.services();
        return new ClientConfig(services.contacts(), services.referral(), services.notification(),
                config.demoTokens().isPresent() ? "demo" : openIdConnect ? "oidc" : "none");
    }
}

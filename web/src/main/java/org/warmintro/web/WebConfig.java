package org.warmintro.web;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the browser finds the services, and how members sign in. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The public base URL of each service, as the browser reaches it (their CORS must allow this app's origin). */
    Services services();

    /**
     * The directory of the local run's demo member tokens ({@code <data-dir>/tokens/*.jwt}): set only in the local
     * run and in development, where a member signs in by picking one; absent in production.
     */
    Optional<Path> demoTokens();

    interface Services {
        String contacts();

        String referral();

        String notification();
    }
}

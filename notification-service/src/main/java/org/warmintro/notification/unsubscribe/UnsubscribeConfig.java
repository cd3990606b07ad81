package org.warmintro.notification.unsubscribe;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "notification")
public interface UnsubscribeConfig {

    /** Where recipients reach this service from the internet, without a trailing slash: the unsubscribe links. */
    String publicBaseUrl();

    Unsubscribe unsubscribe();

    interface Unsubscribe {

        /** Signs the unsubscribe tokens; whoever knows it can unsubscribe anyone, so it must not be guessable. */
        @Size(min = 32, message = "must be at least 32 characters: a random secret, such as the output of "
                + "openssl rand -hex 32")
        String tokenSecret();
    }
}

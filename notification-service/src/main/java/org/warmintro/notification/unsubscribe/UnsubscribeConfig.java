package org.warmintro.notification.unsubscribe;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "notification")
public interface UnsubscribeConfig {

    /** Where recipients reach this service from the internet, without a trailing slash: the unsubscribe links. */
    String publicBaseUrl();

    Unsubscribe unsubscribe();

    interface Unsubscribe {

        /** Signs the unsubscribe tokens; whoever knows it can unsubscribe anyone, so it is a secret. */
        String tokenSecret();
    }
}

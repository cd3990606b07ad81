package org.warmintro.notification.unsubscribe;

import io.smallrye.config.ConfigMapping;
import org.warmintro.signedlinks.LinkKeysConfig;

@ConfigMapping(prefix = "notification")
public interface UnsubscribeConfig {

    /** Where recipients reach this service from the internet, without a trailing slash: the unsubscribe links. */
    String publicBaseUrl();

    Unsubscribe unsubscribe();

    interface Unsubscribe {

        /**
         * The keys of the unsubscribe links; whoever holds one can unsubscribe anyone, so it must not be guessable.
         * Only the dev and test profiles have keys of their own (application.properties).
         */
        LinkKeysConfig links();
    }
}

package org.warmintro.notification.digest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words around the emails a digest of held mail carries; the emails keep their own words. */
@MessageBundle(value = "held", locale = "en")
public interface HeldMailDigestMessages {

    @Message("{count} messages that waited for you")
    String subject(int count);

    @Message("To keep your inbox calm, Warmintro sends nobody more than a few emails a day, and keeps the rest for one"
            + " email like this one. Here is what waited for you.")
    String explanation();

    @Message("You received this email because these messages were written to you through Warmintro.")
    String why();

    @Message("Stop these emails")
    String unsubscribe();
}

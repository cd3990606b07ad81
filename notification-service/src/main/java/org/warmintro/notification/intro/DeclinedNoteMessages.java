package org.warmintro.notification.intro;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the note that tells the connector an intro was declined; French in messages/declined_fr. */
@MessageBundle(value = "declined", locale = "en")
public interface DeclinedNoteMessages {

    @Message("{targetName} declined the introduction to {seekerName}")
    String subject(String targetName, String seekerName);

    @Message("Hello {connectorGivenName},")
    String greeting(String connectorGivenName);

    @Message("{targetName} thanked you and decided not to be introduced to {seekerName}.")
    String declined(String targetName, String seekerName);

    @Message("It was about the {roleTitle} role.")
    String aboutRole(String roleTitle);

    @Message("{seekerName} has not been told who declined, and will not be."
            + " Someone else in your network may be the right bridge.")
    String seekerNotTold(String seekerName);

    @Message("You received this email because you asked Warmintro to make this introduction.")
    String why();

    @Message("Stop these emails")
    String unsubscribe();
}

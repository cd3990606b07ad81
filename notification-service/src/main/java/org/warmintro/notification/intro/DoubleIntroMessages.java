package org.warmintro.notification.intro;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the double-intro email, in English; {@code messages/doubleintro_fr.properties} holds the French. */
@MessageBundle(value = "doubleintro", locale = "en")
public interface DoubleIntroMessages {

    @Message("{seekerName}, meet {targetName}")
    String subject(String seekerName, String targetName);

    @Message("Hello {seekerName} and {targetName},")
    String greeting(String seekerName, String targetName);

    @Message("{connectorName} thought you two should meet, and {targetName} said yes: here you are, introduced.")
    String introduction(String connectorName, String targetName);

    @Message("{targetName}, meet {seekerName}")
    String meetSeeker(String targetName, String seekerName);

    @Message("{seekerName}, meet {targetName}")
    String meetTarget(String seekerName, String targetName);

    @Message("{targetName} is hiring for the {roleTitle} role.")
    String hiringFor(String targetName, String roleTitle);

    @Message("Reply to this email to reach each other; {connectorName} is in copy and will step back from here.")
    String replyAll(String connectorName);

    @Message("You received this email because you both agreed that {connectorName} introduce you.")
    String why(String connectorName);
}

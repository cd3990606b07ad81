package org.warmintro.notification.intro;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the double-intro email, in English; {@code messages/doubleintro_fr.properties} holds the French. Seeker
 * and target are greeted and addressed by their given names, and introduced to each other by their full names.
 */
@MessageBundle(value = "doubleintro", locale = "en")
public interface DoubleIntroMessages {

    @Message("{seekerGivenName}, meet {targetName}")
    String subject(String seekerGivenName, String targetName);

    @Message("Hello {seekerGivenName} and {targetGivenName},")
    String greeting(String seekerGivenName, String targetGivenName);

    @Message("{connectorName} thought you two should meet, and {targetGivenName} said yes: here you are, introduced.")
    String introduction(String connectorName, String targetGivenName);

    @Message("{targetGivenName}, meet {seekerName}")
    String meetSeeker(String targetGivenName, String seekerName);

    @Message("{seekerGivenName}, meet {targetName}")
    String meetTarget(String seekerGivenName, String targetName);

    @Message("{targetGivenName} is hiring for the {roleTitle} role.")
    String hiringFor(String targetGivenName, String roleTitle);

    @Message("Reply to this email to reach each other; {connectorName} is in copy and will step back from here.")
    String replyAll(String connectorName);

    @Message("You received this email because you both agreed that {connectorName} introduce you.")
    String why(String connectorName);
}

package org.warmintro.notification.intro;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the opt-in request email, in English; {@code messages/optin_fr.properties} holds the French. The
 * templates keep the markup, so translators only see sentences.
 */
@MessageBundle(value = "optin", locale = "en")
public interface OptInRequestMessages {

    @Message("{connectorName} would like to introduce you to {seekerName}")
    String subject(String connectorName, String seekerName);

    @Message("Reminder: {connectorName} would like to introduce you to {seekerName}")
    String reminderSubject(String connectorName, String seekerName);

    @Message("A short reminder, in case this one slipped by: it is the only one.")
    String reminder();

    @Message("Hello {targetGivenName},")
    String greeting(String targetGivenName);

    @Message("{connectorName} thinks you and {seekerName} should meet, and would like to introduce you.")
    String introduction(String connectorName, String seekerName);

    @Message("It is about the {roleTitle} role.")
    String aboutRole(String roleTitle);

    @Message("{connectorName} writes:")
    String connectorNote(String connectorName);

    @Message("About {seekerName}")
    String aboutSeeker(String seekerName);

    @Message("What {seekerName} offers")
    String seekerOffers(String seekerName);

    @Message("You will only be introduced if you say yes.")
    String consent();

    @Message("Accept or decline the introduction")
    String respond();

    @Message("If the button does not work, copy this link into your browser:")
    String linkFallback();

    @Message("You received this email because {connectorName} asked Warmintro to reach out to you.")
    String why(String connectorName);

    @Message("Do not email me again")
    String unsubscribe();
}

package org.warmintro.notification.digest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the connector's digest; French in messages/digest_fr. */
@MessageBundle(value = "digest", locale = "en")
public interface DigestMessages {

    @Message("What happened with your introductions")
    String subject();

    @Message("Hello {connectorGivenName},")
    String greeting(String connectorGivenName);

    @Message("Here is what happened with the introductions you make through Warmintro.")
    String intro();

    @Message("Suggested: introduce {seekerName} to {targetName}.")
    String suggested(String seekerName, String targetName);

    @Message("Expired: {targetName} did not answer about meeting {seekerName}. {seekerName} was not told.")
    String expired(String targetName, String seekerName);

    @Message("It is about the {roleTitle} role.")
    String aboutRole(String roleTitle);

    @Message("You receive this digest, at most one a day, because you make introductions through Warmintro.")
    String why();

    @Message("Stop these emails")
    String unsubscribe();
}

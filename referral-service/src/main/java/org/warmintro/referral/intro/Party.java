package org.warmintro.referral.intro;

/**
 * A person an introduction involves, as the emails need them: copied from the profile when the intro was proposed,
 * so that a later change of the card does not rewrite what the target was asked about.
 *
 * @param contactId null for the connector, who is a member rather than a contact
 * @param givenName the name to greet them by, from their contact card (the connector's: their token); null when it
 *                  does not say
 */
public record Party(String contactId, String name, String givenName, String email, String headline, String locale,
        String timezone) {

    static final String ERASED_NAME = "Erased contact";

    static Party connector(String name, String givenName, String email, String locale, String timezone) {
        return new Party(null, name, givenName, email, null, locale, timezone);
    }

    /** What remains of the person once they were erased: the contact id, which names nobody any more. */
    Party erased() {
        return new Party(contactId, ERASED_NAME, null, null, null, null, null);
    }

    boolean isErased() {
        return equals(erased());
    }
}

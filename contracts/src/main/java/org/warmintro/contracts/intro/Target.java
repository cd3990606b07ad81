package org.warmintro.contracts.intro;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The hiring contact a seeker is introduced to, copied from their card when the intro was proposed.
 *
 * @param givenName the name to greet them by; null when the card has none: greet by the first word of {@code name}
 * @param locale    a language tag, e.g. en or fr-BE
 * @param timezone  an IANA time zone, e.g. Europe/Brussels
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Target(UUID contactId, String name, String givenName, String email, String headline, String locale,
        String timezone) {

    public Target {
        Objects.requireNonNull(contactId, "no target.contactId");
        Objects.requireNonNull(name, "no target.name");
    }
}

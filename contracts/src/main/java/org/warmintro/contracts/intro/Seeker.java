package org.warmintro.contracts.intro;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The job seeker of an introduction, copied from their card when the intro was proposed.
 *
 * @param givenName the name to greet them by; null when the card has none: greet by the first word of {@code name}
 * @param locale    a language tag, e.g. en or fr-BE
 * @param timezone  an IANA time zone, e.g. Europe/Brussels
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Seeker(UUID contactId, String name, String givenName, String email, String headline, String locale,
        String timezone, String selfIntroduction, String offers) {

    public Seeker {
        Objects.requireNonNull(contactId, "no seeker.contactId");
        Objects.requireNonNull(name, "no seeker.name");
        Objects.requireNonNull(selfIntroduction, "no seeker.selfIntroduction");
    }
}

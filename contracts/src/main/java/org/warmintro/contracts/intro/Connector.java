package org.warmintro.contracts.intro;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The member who knows both people and makes the introduction.
 *
 * @param givenName the name to greet them by, from their identity provider; null when it gives none: greet by the
 *                  first word of {@code name} then
 * @param locale    a language tag such as fr-BE for the emails written to them; English when null
 * @param timezone  their IANA time zone, for their quiet hours
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Connector(String name, String givenName, String email, String locale, String timezone) {

    public Connector {
        Objects.requireNonNull(name, "no connector.name");
    }
}

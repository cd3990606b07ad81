package org.warmintro.notification.intro;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.warmintro.notification.mail.GivenNames;

/**
 * The data of {@code referral.intro.declined.v1}: the target said no. Only the connector is told; the fields here
 * are all the note to the connector needs.
 *
 * @param memberId  the connector's member id
 * @param roleTitle the open role the intro was about, if any
 */
public record IntroDeclined(
        @NotNull UUID introId,
        @NotBlank String memberId,
        String roleTitle,
        @NotNull @Valid Connector connector,
        @NotNull @Valid Named seeker,
        @NotNull @Valid Named target) {

    /**
     * @param givenName the name to greet the connector by: the event's, or else the first word of {@code name}
     * @param email     where the note goes; without it the connector cannot be told by email
     * @param locale    the language of the note; English when absent
     * @param timezone  the connector's IANA time zone, for their quiet hours
     */
    public record Connector(@NotBlank String name, String givenName, @Email String email, String locale,
            String timezone) {

        public Connector {
            givenName = GivenNames.toGreet(givenName, name);
        }
    }

    public record Named(@NotBlank String name) {
    }
}

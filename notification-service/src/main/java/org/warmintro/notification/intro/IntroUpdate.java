package org.warmintro.notification.intro;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.warmintro.notification.mail.GivenNames;

/**
 * The data of {@code referral.intro.proposed.v1} and {@code referral.intro.expired.v1}, as far as a line of the
 * connector's digest needs it.
 *
 * @param memberId the connector's member id
 */
public record IntroUpdate(
        @NotNull UUID introId,
        @NotBlank String memberId,
        @NotNull Instant occurredAt,
        String roleTitle,
        @NotNull @Valid Connector connector,
        @NotNull @Valid Named seeker,
        @NotNull @Valid Named target) {

    /**
     * @param givenName the name to greet the connector by: the event's, or else the first word of {@code name}
     * @param email     where the digest goes; without it the connector cannot be told by email
     * @param locale    the language of the digest; English when absent
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

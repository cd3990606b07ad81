package org.warmintro.notification.intro;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.warmintro.contracts.intro.IntroChanged;
import org.warmintro.notification.mail.GivenNames;

/**
 * What the connector is told of an intro, from the contract's {@link IntroChanged}: that the target declined
 * ({@code referral.intro.declined.v1}, a note of its own), or that it was proposed or expired
 * ({@code referral.intro.proposed.v1}, {@code referral.intro.expired.v1}, a line of their digest).
 *
 * @param memberId  the connector's member id
 * @param roleTitle the open role the intro is about, if any
 */
public record ConnectorNotice(
        @NotNull UUID introId,
        @NotBlank String memberId,
        @NotNull Instant occurredAt,
        String roleTitle,
        @NotNull @Valid Connector connector,
        @NotNull @Valid Named seeker,
        @NotNull @Valid Named target) {

    static ConnectorNotice of(IntroChanged event) {
        var connector = event.connector();
        return new ConnectorNotice(event.introId(), event.memberId(), event.occurredAt(), event.roleTitle(),
                new Connector(connector.name(), connector.givenName(), connector.email(), connector.locale(),
                        connector.timezone()),
                new Named(event.seeker().name()), new Named(event.target().name()));
    }

    /**
     * @param givenName the name to greet the connector by: the event's, or else the first word of {@code name}
     * @param email     where the note or digest goes; without it the connector cannot be told by email
     * @param locale    the language of the email; English when absent
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

package org.warmintro.notification.intro;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.warmintro.contracts.intro.IntroChanged;
import org.warmintro.notification.mail.GivenNames;

/**
 * What the double-intro email needs of the contract's {@link IntroChanged} of {@code referral.intro.accepted.v1}: the
 * target said yes, seeker and target are to be introduced to each other. The contract lets the addresses of seeker
 * and target be null, but an introduction by email cannot go without them: such an event is malformed here.
 *
 * @param memberId  the connector's member id
 * @param roleTitle the open role the intro is about, if any
 * @param blurb     the forwardable introduction of the seeker
 */
public record IntroAccepted(
        @NotNull UUID introId,
        @NotBlank String memberId,
        String roleTitle,
        @NotBlank String blurb,
        @NotNull @Valid Connector connector,
        @NotNull @Valid Person seeker,
        @NotNull @Valid Person target) {

    static IntroAccepted of(IntroChanged event) {
        var seeker = event.seeker();
        var target = event.target();
        return new IntroAccepted(event.introId(), event.memberId(), event.roleTitle(), event.blurb(),
                new Connector(event.connector().name(), event.connector().email()),
                new Person(seeker.name(), seeker.givenName(), seeker.email(), seeker.headline(), seeker.locale(),
                        seeker.timezone()),
                new Person(target.name(), target.givenName(), target.email(), target.headline(), target.locale(),
                        target.timezone()));
    }

    /** @param email where the copy goes, if known */
    public record Connector(@NotBlank String name, @Email String email) {
    }

    /**
     * @param givenName the name to greet them by: the event's, or else the first word of {@code name}
     * @param locale    a language tag such as {@code fr-BE}; English for anything the emails are not written in
     * @param timezone  an IANA time zone, for quiet hours
     */
    public record Person(@NotBlank String name, String givenName, @NotBlank @Email String email, String headline,
            String locale, String timezone) {

        public Person {
            givenName = GivenNames.toGreet(givenName, name);
        }
    }
}

package org.warmintro.notification.intro;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.warmintro.contracts.intro.OptInRequested;
import org.warmintro.notification.mail.GivenNames;

/**
 * What the opt-in request email and its reminder need of the contract's {@link OptInRequested}: the connector asks the
 * hiring contact (the target) whether they want to be introduced to the seeker. The contract lets the target's address
 * be null and the link be any string, but the email cannot go without the one and turns the other into its button:
 * such an event is malformed here.
 *
 * @param memberId   the connector's member id
 * @param roleTitle  the open role the intro is about, if any
 * @param message    the connector's personal note to the target, if any
 * @param optInUrl   where the target accepts or declines
 */
public record OptInRequest(
        @NotNull UUID introId,
        @NotBlank String memberId,
        String roleTitle,
        String message,
        // the link becomes the button of the email: nothing but a web address may get there
        @NotBlank @Pattern(regexp = "https?://\\S+") String optInUrl,
        @NotNull @Valid Connector connector,
        @NotNull @Valid Seeker seeker,
        @NotNull @Valid Target target) {

    static OptInRequest of(OptInRequested event) {
        return new OptInRequest(event.introId(), event.memberId(), event.roleTitle(), event.message(),
                event.optInUrl(), new Connector(event.connector().name(), event.connector().email()),
                new Seeker(event.seeker().name(), event.seeker().headline(), event.seeker().selfIntroduction(),
                        event.seeker().offers()),
                new Target(event.target().name(), event.target().givenName(), event.target().email(),
                        event.target().locale(), event.target().timezone()));
    }

    /** @param email where the target's replies go, if known */
    public record Connector(@NotBlank String name, @Email String email) {
    }

    public record Seeker(@NotBlank String name, String headline, String selfIntroduction, String offers) {
    }

    /**
     * @param givenName the name to greet the target by: the event's, or else the first word of {@code name}
     * @param locale    the target's language tag, {@code en} or {@code fr}; English for anything else
     * @param timezone  the target's IANA time zone, for their quiet hours
     */
    public record Target(@NotBlank String name, String givenName, @NotBlank @Email String email, String locale,
            String timezone) {

        public Target {
            givenName = GivenNames.toGreet(givenName, name);
        }
    }
}

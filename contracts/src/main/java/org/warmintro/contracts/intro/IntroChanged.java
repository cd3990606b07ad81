package org.warmintro.contracts.intro;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code referral.intro.proposed.v1}, {@code accepted}, {@code declined}, {@code expired},
 * {@code cancelled} and {@code introduced}: everything a notifier needs to write the emails, so that it never has to
 * call back.
 *
 * @param memberId  the connector's member id
 * @param state     the intro's state after the event
 * @param roleTitle the open role the introduction is about
 * @param message   the connector's personal note to the target
 * @param blurb     the forwardable introduction of the seeker: their self-introduction and what they offer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntroChanged(UUID introId, String memberId, IntroState state, Instant occurredAt, String roleTitle,
        String message, String blurb, Connector connector, Seeker seeker, Target target) {

    public IntroChanged {
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(state, "no state");
        Objects.requireNonNull(occurredAt, "no occurredAt");
        Objects.requireNonNull(blurb, "no blurb");
        Objects.requireNonNull(connector, "no connector");
        Objects.requireNonNull(seeker, "no seeker");
        Objects.requireNonNull(target, "no target");
    }
}

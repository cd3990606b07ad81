package org.warmintro.contracts.intro;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code referral.intro.opt-in-requested.v1} and of {@code referral.intro.opt-in-reminded.v1}: the
 * target is asked whether they want to be introduced to the seeker.
 *
 * @param memberId  the connector's member id
 * @param state     always {@link IntroState#OPT_IN_REQUESTED}
 * @param roleTitle the open role the introduction is about
 * @param message   the connector's personal note to the target
 * @param blurb     the forwardable introduction of the seeker
 * @param optInUrl  where the target accepts or declines; following it changes nothing until a button is pressed
 * @param expiresAt when the request expires unanswered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptInRequested(UUID introId, String memberId, IntroState state, Instant occurredAt, String roleTitle,
        String message, String blurb, Connector connector, Seeker seeker, Target target, String optInUrl,
        Instant expiresAt) {

    public OptInRequested {
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(state, "no state");
        Objects.requireNonNull(occurredAt, "no occurredAt");
        Objects.requireNonNull(blurb, "no blurb");
        Objects.requireNonNull(connector, "no connector");
        Objects.requireNonNull(seeker, "no seeker");
        Objects.requireNonNull(target, "no target");
        Objects.requireNonNull(optInUrl, "no optInUrl");
        Objects.requireNonNull(expiresAt, "no expiresAt");
    }
}

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
        Objects.requireNonNull(introId, "introId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(blurb, "blurb");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(seeker, "seeker");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(optInUrl, "optInUrl");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

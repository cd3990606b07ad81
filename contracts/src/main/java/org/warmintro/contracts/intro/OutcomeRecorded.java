package org.warmintro.contracts.intro;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code referral.intro.outcome-recorded.v1}: the connector recorded what came of the introduction.
 *
 * @param memberId the connector's member id
 * @param state    always {@link IntroState#INTRODUCED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeRecorded(UUID introId, String memberId, IntroState state, Instant occurredAt, String roleTitle,
        String message, String blurb, Connector connector, Seeker seeker, Target target, Outcome outcome) {

    public OutcomeRecorded {
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(state, "no state");
        Objects.requireNonNull(occurredAt, "no occurredAt");
        Objects.requireNonNull(blurb, "no blurb");
        Objects.requireNonNull(connector, "no connector");
        Objects.requireNonNull(seeker, "no seeker");
        Objects.requireNonNull(target, "no target");
        Objects.requireNonNull(outcome, "no outcome");
    }
}

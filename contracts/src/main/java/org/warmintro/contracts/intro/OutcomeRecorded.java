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
        Objects.requireNonNull(introId, "introId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(blurb, "blurb");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(seeker, "seeker");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
    }
}

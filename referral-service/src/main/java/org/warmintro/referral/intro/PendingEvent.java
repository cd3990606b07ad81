package org.warmintro.referral.intro;

import java.time.Instant;
import java.util.UUID;

import org.warmintro.tracing.TraceParent;

/**
 * An event kept inside its intro's document until Kafka acknowledged it. Only what belongs to the transition is
 * kept here; the people are read from the intro when the event is sent, so that an erasure also reaches the events
 * not sent yet.
 *
 * @param optInUrl  set for the events that ask the target to answer
 * @param expiresAt set for the events that ask the target to answer
 * @param outcome   set for {@code referral.intro.outcome-recorded.v1}
 * @param traceparent the W3C traceparent of the request or job that made the transition, so that the relay
 *                    publishes the event in its trace; null outside any trace
 */
public record PendingEvent(String id, String type, IntroState state, Instant occurredAt, String optInUrl,
        Instant expiresAt, Outcome outcome, String traceparent) {

    static final String PROPOSED = "referral.intro.proposed.v1";
    static final String OPT_IN_REQUESTED = "referral.intro.opt-in-requested.v1";
    static final String OPT_IN_REMINDED = "referral.intro.opt-in-reminded.v1";
    static final String ACCEPTED = "referral.intro.accepted.v1";
    static final String DECLINED = "referral.intro.declined.v1";
    static final String EXPIRED = "referral.intro.expired.v1";
    static final String CANCELLED = "referral.intro.cancelled.v1";
    static final String INTRODUCED = "referral.intro.introduced.v1";
    static final String OUTCOME_RECORDED = "referral.intro.outcome-recorded.v1";
    static final String ERASED = "referral.intro.erased.v1";

    static PendingEvent of(String type, IntroState state, Instant occurredAt) {
        return new PendingEvent(UUID.randomUUID().toString(), type, state, occurredAt, null, null, null,
                TraceParent.current());
    }

    static PendingEvent optIn(String type, Instant occurredAt, String optInUrl, Instant expiresAt) {
        return new PendingEvent(UUID.randomUUID().toString(), type, IntroState.OPT_IN_REQUESTED,
                occurredAt, optInUrl, expiresAt, null, TraceParent.current());
    }

    static PendingEvent outcome(Instant occurredAt, Outcome outcome) {
        return new PendingEvent(UUID.randomUUID().toString(), OUTCOME_RECORDED, IntroState.INTRODUCED,
                occurredAt, null, null, outcome, TraceParent.current());
    }
}

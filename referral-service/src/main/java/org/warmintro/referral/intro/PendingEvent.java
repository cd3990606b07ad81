package org.warmintro.referral.intro;

import java.time.Instant;
import java.util.UUID;

import org.warmintro.contracts.EventType;
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

    static final String PROPOSED = EventType.INTRO_PROPOSED.type();
    static final String OPT_IN_REQUESTED = EventType.INTRO_OPT_IN_REQUESTED.type();
    static final String OPT_IN_REMINDED = EventType.INTRO_OPT_IN_REMINDED.type();
    static final String ACCEPTED = EventType.INTRO_ACCEPTED.type();
    static final String DECLINED = EventType.INTRO_DECLINED.type();
    static final String EXPIRED = EventType.INTRO_EXPIRED.type();
    static final String CANCELLED = EventType.INTRO_CANCELLED.type();
    static final String INTRODUCED = EventType.INTRO_INTRODUCED.type();
    static final String OUTCOME_RECORDED = EventType.INTRO_OUTCOME_RECORDED.type();
    static final String ERASED = EventType.INTRO_ERASED.type();

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

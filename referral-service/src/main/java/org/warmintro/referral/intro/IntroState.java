package org.warmintro.referral.intro;

import java.util.Set;

/** Where an introduction stands. Nobody is introduced without the target saying yes. */
public enum IntroState {
    PROPOSED,
    OPT_IN_REQUESTED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    CANCELLED,
    INTRODUCED;

    /** The states in which the pair is taken: a second intro of the same seeker and target would be a duplicate. */
    static final Set<IntroState> HOLDING_THE_PAIR = Set.of(PROPOSED, OPT_IN_REQUESTED, ACCEPTED, INTRODUCED);

    /** The states the connector may still withdraw from: the target has not been introduced yet. */
    static final Set<IntroState> CANCELLABLE = Set.of(PROPOSED, OPT_IN_REQUESTED);
}

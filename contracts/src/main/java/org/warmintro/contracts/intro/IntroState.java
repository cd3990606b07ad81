package org.warmintro.contracts.intro;

/** Where an introduction stands after an event. */
public enum IntroState {
    PROPOSED, OPT_IN_REQUESTED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, INTRODUCED
}

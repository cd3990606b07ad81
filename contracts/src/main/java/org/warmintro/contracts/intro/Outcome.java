package org.warmintro.contracts.intro;

/** What came of an introduction, as the connector records it. */
public enum Outcome {
    INTERVIEWING, HIRED, NO_FIT
}

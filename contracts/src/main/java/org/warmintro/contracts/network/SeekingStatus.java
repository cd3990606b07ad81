package org.warmintro.contracts.network;

/** Whether a seeker wants to be introduced now: only an active seeking profile is consent to be introduced. */
public enum SeekingStatus {
    ACTIVE, PAUSED, PLACED
}

package org.warmintro.contacts.profile;

/** Only an active seeker is matched; a paused one keeps their profile; a placed one found work. */
public enum SeekingStatus {
    ACTIVE, PAUSED, PLACED
}

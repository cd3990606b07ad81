package org.warmintro.contacts.interaction;

/** Seen from the member: GAVE when the member reached out or helped, RECEIVED when the contact did. */
public enum Direction {
    GAVE, RECEIVED
}

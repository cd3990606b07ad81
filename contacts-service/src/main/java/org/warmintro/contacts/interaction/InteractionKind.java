package org.warmintro.contacts.interaction;

/** What happened between the member and a contact; HELPED is the one that counts in the give/receive balance. */
public enum InteractionKind {
    MET, MESSAGE, CALL, HELPED
}

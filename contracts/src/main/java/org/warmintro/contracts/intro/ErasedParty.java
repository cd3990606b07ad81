package org.warmintro.contracts.intro;

/** A person of an intro who can ask to be forgotten: the connector is a member, not a contact. */
public enum ErasedParty {
    SEEKER, TARGET
}

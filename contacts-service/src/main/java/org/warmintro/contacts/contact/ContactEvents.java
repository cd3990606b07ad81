package org.warmintro.contacts.contact;

import org.warmintro.contracts.EventType;

/** The CloudEvent types this service publishes on {@code contacts.profiles.v1}. */
public final class ContactEvents {

    public static final String UPSERTED = EventType.CONTACT_UPSERTED.type();
    public static final String ERASED = EventType.CONTACT_ERASED.type();

    private ContactEvents() {
    }
}

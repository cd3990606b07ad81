package org.warmintro.contacts.contact;

/** The CloudEvent types this service publishes on {@code contacts.profiles.v1}. */
public final class ContactEvents {

    public static final String UPSERTED = "network.contact.upserted.v1";
    public static final String ERASED = "network.contact.erased.v1";

    private ContactEvents() {
    }
}

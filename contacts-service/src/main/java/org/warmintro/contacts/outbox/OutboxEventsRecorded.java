package org.warmintro.contacts.outbox;

/** Fired when events join the outbox, so that the relay can publish them as soon as their transaction commits. */
public record OutboxEventsRecorded(int count) {
}

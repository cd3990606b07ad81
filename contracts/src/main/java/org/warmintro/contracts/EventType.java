package org.warmintro.contracts;

import java.util.Arrays;
import java.util.Optional;

import org.warmintro.contracts.intro.IntroChanged;
import org.warmintro.contracts.intro.IntroErased;
import org.warmintro.contracts.intro.OptInRequested;
import org.warmintro.contracts.intro.OutcomeRecorded;
import org.warmintro.contracts.network.ContactUpserted;
import org.warmintro.contracts.notification.NotificationFailed;
import org.warmintro.contracts.notification.NotificationSent;
import org.warmintro.contracts.notification.NotificationSuppressed;

/**
 * Every CloudEvent type of the contracts with the record of its data, which {@code EventTypesTest} keeps equal to the
 * type's JSON Schema: a producer builds the record and a consumer reads it, so that a change to a contract breaks the
 * build of both.
 */
public enum EventType {

    CONTACT_UPSERTED("network.contact.upserted.v1", ContactUpserted.class),
    /** A tombstone: the record's value is null, its key the contact id. */
    CONTACT_ERASED("network.contact.erased.v1", Void.class),

    INTRO_PROPOSED("referral.intro.proposed.v1", IntroChanged.class),
    INTRO_OPT_IN_REQUESTED("referral.intro.opt-in-requested.v1", OptInRequested.class),
    INTRO_OPT_IN_REMINDED("referral.intro.opt-in-reminded.v1", OptInRequested.class),
    INTRO_ACCEPTED("referral.intro.accepted.v1", IntroChanged.class),
    INTRO_DECLINED("referral.intro.declined.v1", IntroChanged.class),
    INTRO_EXPIRED("referral.intro.expired.v1", IntroChanged.class),
    INTRO_CANCELLED("referral.intro.cancelled.v1", IntroChanged.class),
    INTRO_INTRODUCED("referral.intro.introduced.v1", IntroChanged.class),
    INTRO_OUTCOME_RECORDED("referral.intro.outcome-recorded.v1", OutcomeRecorded.class),
    INTRO_ERASED("referral.intro.erased.v1", IntroErased.class),

    NOTIFICATION_SENT("notification.sent.v1", NotificationSent.class),
    NOTIFICATION_FAILED("notification.failed.v1", NotificationFailed.class),
    NOTIFICATION_SUPPRESSED("notification.suppressed.v1", NotificationSuppressed.class);

    private final String type;
    private final Class<?> dataType;

    EventType(String type, Class<?> dataType) {
        this.type = type;
        this.dataType = dataType;
    }

    /** The value of the {@code ce_type} header. */
    public String type() {
        return type;
    }

    /** The record of the event's data; {@link Void} for a tombstone. */
    public Class<?> dataType() {
        return dataType;
    }

    /** The event type a {@code ce_type} header names, if the contracts define it. */
    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(eventType -> eventType.type.equals(type)).findFirst();
    }
}

package org.warmintro.referral;

/**
 * How long a value the API takes, sized from real data with room to spare. The {@code @Size} annotations of the
 * requests name these, so that the OpenAPI document states them (maxLength). README: Limits.
 */
public final class FieldLimits {

    /**
     * The open role an introduction is about, as contacts-service takes it (its {@code FieldLimits.JOB_TITLE}): O*NET
     * 29.2's alternate titles run to 128 characters, its occupations to 105.
     */
    public static final int ROLE_TITLE = 200;
    /** The connector's personal note to the target: a paragraph or two, as a seeker's self-introduction. */
    public static final int MESSAGE = 2000;

    private FieldLimits() {
    }
}

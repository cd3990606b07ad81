package org.warmintro.referral.matching;

import java.util.Locale;

/** The levels of the {@code seniority} field of a contact card and of an open role, most junior first. */
public enum Seniority {
    ENTRY,
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    MANAGER,
    DIRECTOR,
    EXECUTIVE;

    /** 0 for {@link #ENTRY} up to 1 for {@link #EXECUTIVE}. */
    double rank() {
        return (double) ordinal() / (values().length - 1);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

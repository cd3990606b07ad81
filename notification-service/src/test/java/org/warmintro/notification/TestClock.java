package org.warmintro.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's clock in tests. Time flows, so that retries happen, but from a time the test chooses: by default
 * noon in Brussels today, so that no test meets quiet hours by accident of the hour it runs at.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final Instant NOON_IN_BRUSSELS = ZonedDateTime.of(LocalDate.now(BRUSSELS), LocalTime.NOON, BRUSSELS)
            .toInstant();

    private final Duration noonInBrussels = Duration.between(Instant.now(), NOON_IN_BRUSSELS);

    private volatile Duration offset = noonInBrussels;

    /** From now on the clock reads {@code now}, and goes on from there. */
    public void placeAt(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    /** Back to the time that flows from noon in Brussels, as if the test had not moved the clock. */
    public void reset() {
        offset = noonInBrussels;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads instants only");
    }
}

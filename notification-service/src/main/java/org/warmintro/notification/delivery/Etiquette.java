package org.warmintro.notification.delivery;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * When an email may reach its recipient: not in their quiet hours, and not beyond the cap of emails per window.
 * What may not go now waits, or joins the recipient's next digest of held mail; nothing is dropped.
 */
@ApplicationScoped
class Etiquette {

    private final NotificationRepository notifications;
    private final EtiquetteConfig config;

    Etiquette(NotificationRepository notifications, EtiquetteConfig config) {
        this.notifications = notifications;
        this.config = config;
    }

    /**
     * When the notification may be sent.
     *
     * @param earliest     {@code now} or later: after the cap and outside quiet hours
     * @param capReleasedAt when the cap lets one more email reach the recipient; after {@code now} when they had
     *                     their share already
     */
    record Timing(Instant earliest, Instant capReleasedAt) {

        boolean overCap(Instant now) {
            return capReleasedAt.isAfter(now);
        }
    }

    Timing timing(Notification notification, Instant now) {
        Instant capReleasedAt = max(now, capReleasedAt(notification.recipient, now));
        return new Timing(outsideQuietHours(capReleasedAt, timeZoneOf(notification)), capReleasedAt);
    }

    /** The cap counts by the key's recipient, for the double intro the target: the one whose yes it follows. */
    private Instant capReleasedAt(String recipient, Instant now) {
        List<Instant> recent = notifications.sentTimesSince(recipient, now.minus(config.capWindow()));
        int overCap = recent.size() - config.maxPerRecipient();
        return overCap < 0 ? now : recent.get(overCap).plus(config.capWindow());
    }

    private Instant outsideQuietHours(Instant time, ZoneId zone) {
        ZonedDateTime local = time.atZone(zone);
        LocalTime clock = local.toLocalTime();
        LocalTime start = config.quietHoursStart();
        LocalTime end = config.quietHoursEnd();
        boolean spansMidnight = start.isAfter(end);
        boolean quiet = spansMidnight
                ? !clock.isBefore(start) || clock.isBefore(end)
                : !clock.isBefore(start) && clock.isBefore(end);
        if (!quiet) {
            return time;
        }
        ZonedDateTime morning = local.with(end);
        return (morning.isAfter(local) ? morning : morning.plusDays(1)).toInstant();
    }

    /**
     * The zone of the recipient's quiet hours. A zone the event got wrong is no reason to withhold the email: the
     * default zone stands in.
     */
    ZoneId timeZoneOf(Notification notification) {
        String zoneId = notification.recipientTimeZone;
        if (zoneId == null || zoneId.isBlank()) {
            return config.defaultTimeZone();
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return config.defaultTimeZone();
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

package org.warmintro.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Records each email once per event, recipient and template, however often the event is delivered; the
 * {@link NotificationDispatcher} sends it. Recording and sending apart, an SMTP server that is away holds emails
 * back without holding back the intro events, and without losing any.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);

    private final NotificationRepository notifications;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    NotificationDelivery(NotificationRepository notifications, NotificationDispatcher dispatcher, Clock clock) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * @param content renders the email for the id of its notification (which its unsubscribe link names); called only
     *                the first time the event asks for it
     */
    public void deliverOnce(NotificationRequest request, Function<UUID, EmailContent> content) {
        Notification notification = notifications.record(request, content, now(clock));
        LOG.debugf("Event %s asks for %s notification %s of intro %s", request.eventId(), request.template(),
                notification.id, request.introId());
        dispatcher.wakeUp();
    }

    /** At the precision PostgreSQL keeps, so that an outcome published from a reloaded row carries the same time. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

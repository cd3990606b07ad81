package org.warmintro.notification.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Sends each email once per event, recipient and template, however often the event is delivered.
 * <p>
 * The row is pending before the email leaves and sent after, so a crash in between resends on redelivery; the
 * resend carries the Message-ID of the first attempt, which lets mail systems and people recognise it. The outcome
 * event follows the email and is recorded in turn, so that a crash before it reached the broker publishes it on
 * redelivery instead of losing it.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);

    private final NotificationRepository notifications;
    private final DeliveryOutcomes outcomes;
    private final NotificationMailConfig mailConfig;

    NotificationDelivery(NotificationRepository notifications, DeliveryOutcomes outcomes,
            NotificationMailConfig mailConfig) {
        this.notifications = notifications;
        this.outcomes = outcomes;
        this.mailConfig = mailConfig;
    }

    public void deliverOnce(NotificationRequest request, EmailSender email) {
        Notification notification = notifications.claim(request, now());
        if (notification.status == NotificationStatus.PENDING) {
            email.send(messageId(notification.id));
            notification = notifications.markSent(notification.id, now());
            LOG.infof("Sent %s notification %s for intro %s", notification.template, notification.id,
                    notification.introId);
        } else {
            LOG.debugf("Event %s already sent notification %s", request.eventId(), notification.id);
        }
        if (notification.outcomePublishedAt == null) {
            outcomes.publishSent(notification);
            notifications.markOutcomePublished(notification.id, now());
        }
    }

    private String messageId(UUID notificationId) {
        return "<" + notificationId + "@" + mailConfig.messageIdDomain() + ">";
    }

    /** At the precision PostgreSQL keeps, so that an outcome published from a reloaded row carries the same time. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

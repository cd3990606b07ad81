package org.warmintro.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** The emails to an address that have not left yet, and what each waits for. */
@ApplicationScoped
public class WaitingEmails {

    private final NotificationRepository notifications;
    private final Etiquette etiquette;
    private final Clock clock;

    WaitingEmails(NotificationRepository notifications, Etiquette etiquette, Clock clock) {
        this.notifications = notifications;
        this.etiquette = etiquette;
        this.clock = clock;
    }

    /** Those to {@code address}, in To or Cc whatever its case, pending or held, the soonest due first. */
    public List<WaitingEmail> to(String address) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = NotificationDelivery.now(clock);
            return notifications.unsentTo(address).stream().map(notification -> new WaitingEmail(notification.id,
                    notification.introId, notification.template, notification.recipientRole, notification.status,
                    notification.subject, notification.attempts, notification.createdAt, notification.nextAttemptAt,
                    etiquette.timeZoneOf(notification).getId(), reason(notification, now))).toList();
        });
    }

    private WaitReason reason(Notification notification, Instant now) {
        if (notification.status == NotificationStatus.HELD) {
            return WaitReason.DIGEST;
        }
        if (notification.leaseToken != null || !notification.nextAttemptAt.isAfter(now)) {
            return WaitReason.NOTHING;
        }
        Etiquette.Timing timing = etiquette.timing(notification, now);
        if (timing.overCap(now)) {
            return WaitReason.CAP;
        }
        if (timing.earliest().isAfter(now)) {
            return WaitReason.QUIET_HOURS;
        }
        return notification.attempts > 0 ? WaitReason.RETRY : WaitReason.NOTHING;
    }
}

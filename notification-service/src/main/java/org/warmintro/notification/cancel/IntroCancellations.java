package org.warmintro.notification.cancel;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.warmintro.notification.delivery.NotificationDispatcher;
import org.warmintro.notification.delivery.NotificationRepository;
import org.warmintro.notification.delivery.SuppressionReason;
import org.warmintro.notification.digest.HeldMailDigests;

/**
 * An intro the connector withdrew ({@code referral.intro.cancelled.v1}) asks nothing more of anyone: its emails that
 * have not left, waiting for the morning or held beyond the cap, never do (SUPPRESSED, reason CANCELLED), and a
 * digest of held mail that carried one is composed again without it. What was sent stays as it was.
 */
@ApplicationScoped
public class IntroCancellations {

    private static final Logger LOG = Logger.getLogger(IntroCancellations.class);

    private final NotificationRepository notifications;
    private final HeldMailDigests heldMailDigests;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    IntroCancellations(NotificationRepository notifications, HeldMailDigests heldMailDigests,
            NotificationDispatcher dispatcher, Clock clock) {
        this.notifications = notifications;
        this.heldMailDigests = heldMailDigests;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** A cancellation read again suppresses nothing more. */
    @Transactional
    public void cancel(UUID introId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        NotificationRepository.Withdrawn withdrawn =
                notifications.suppressUnsentOf(introId, SuppressionReason.CANCELLED, now);
        heldMailDigests.recompose(withdrawn.heldMailDigests(), SuppressionReason.CANCELLED, now);
        LOG.infof("Intro %s was cancelled: %d of its emails will not be sent", introId, withdrawn.suppressed());
        if (withdrawn.suppressed() > 0) {
            // their outcomes are published by the dispatcher's next run
            dispatcher.wakeUp();
        }
    }
}

package org.warmintro.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.warmintro.notification.mail.MailHeaders;
import org.warmintro.notification.unsubscribe.Suppressions;
import org.warmintro.notification.unsubscribe.UnsubscribeTokens;

/**
 * Sends the due notifications and publishes what became of them.
 * <p>
 * A notification is leased before its email leaves and marked after, so a crash in between sends it again once the
 * lease runs out; the resend carries the Message-ID of the first attempt, which lets mail systems and people
 * recognise it. A failed attempt is retried after an exponential backoff with jitter, and the last one marks the
 * notification FAILED. Outcomes are published from the database, not on the way: one that did not reach the broker
 * is published by the next run.
 * <p>
 * Runs happen on a worker thread, one at a time: on each tick of the scheduler, for what became due by waiting, and
 * as soon as a notification is recorded, so that an email does not wait for the next tick.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final NotificationRepository notifications;
    private final DeliveryOutcomes outcomes;
    private final ReactiveMailer mailer;
    private final NotificationMailConfig mailConfig;
    private final DeliveryConfig config;
    private final Suppressions suppressions;
    private final UnsubscribeTokens unsubscribeTokens;
    private final Etiquette etiquette;
    private final Clock clock;
    private final EmailSendSpans sendSpans;
    private final SecretLinks secretLinks;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    NotificationDispatcher(NotificationRepository notifications, DeliveryOutcomes outcomes, ReactiveMailer mailer,
            NotificationMailConfig mailConfig, DeliveryConfig config, Suppressions suppressions,
            UnsubscribeTokens unsubscribeTokens, Etiquette etiquette, Clock clock, EmailSendSpans sendSpans,
            SecretLinks secretLinks) {
        this.notifications = notifications;
        this.outcomes = outcomes;
        this.mailer = mailer;
        this.mailConfig = mailConfig;
        this.config = config;
        this.suppressions = suppressions;
        this.unsubscribeTokens = unsubscribeTokens;
        this.etiquette = etiquette;
        this.clock = clock;
        this.sendSpans = sendSpans;
        this.secretLinks = secretLinks;
    }

    @Scheduled(every = "${notification.delivery.dispatch-interval}")
    void tick() {
        wakeUp();
    }

    /** Asks for a run; returns at once. */
    public void wakeUp() {
        requested.set(true);
        Infrastructure.getDefaultWorkerPool().execute(this::runWhileRequested);
    }

    /** A request that arrives during a run makes that run go round again, rather than being lost or run twice. */
    private void runWhileRequested() {
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                dispatch();
            } catch (RuntimeException e) {
                LOG.errorf("Dispatching notifications failed (%s); the next run tries again",
                        e.getClass().getSimpleName());
                LOG.debug("Dispatch failure", e);
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * Takes the due notifications one at a time, each just before its email leaves: a dispatcher that dies leaves
     * one email leased, not a batch, and the others go out from another instance at once.
     */
    private void dispatch() {
        for (int sent = 0; sent < config.batchSize(); sent++) {
            Instant now = NotificationDelivery.now(clock);
            Optional<UUID> due = notifications.leaseNextDue(now, now.plus(config.lease()));
            if (due.isEmpty()) {
                break;
            }
            send(QuarkusTransaction.requiringNew().call(() -> notifications.findById(due.get())));
        }
        publishOutcomes();
    }

    private void send(Notification notification) {
        if (notification.status != NotificationStatus.PENDING) {
            return; // an erasure came between its lease and now: nothing of it may leave
        }
        if (suppressions.anySuppressed(notification.envelope.to())) {
            notifications.markSuppressed(notification.id, NotificationDelivery.now(clock));
            LOG.infof("%s notification %s of intro %s is suppressed: its recipient unsubscribed",
                    notification.template, notification.id, notification.introId);
            return;
        }
        Instant now = NotificationDelivery.now(clock);
        Etiquette.Timing timing = etiquette.timing(notification, now);
        if (timing.overCap(now) && notification.template.joinsDigestOverCap()) {
            notifications.hold(notification.id, timing.capReleasedAt());
            LOG.infof("%s notification %s of intro %s is beyond its recipient's cap: it joins their next digest,"
                    + " due at %s", notification.template, notification.id, notification.introId, timing.capReleasedAt());
            return;
        }
        if (timing.earliest().isAfter(now)) {
            notifications.defer(notification.id, timing.earliest());
            LOG.infof("%s notification %s of intro %s waits until %s for its recipient", notification.template,
                    notification.id, notification.introId, timing.earliest());
            return;
        }
        try {
            // an SMTP exchange that hangs is a failed attempt, not a dispatcher stuck for good
            sendSpans.around(notification, () -> mailer.send(mail(notification)).await().atMost(config.sendTimeout()));
        } catch (RuntimeException e) {
            retryOrFail(notification, e);
            return;
        }
        notifications.markSent(notification.id, NotificationDelivery.now(clock));
        LOG.infof("Sent %s notification %s of intro %s", notification.template, notification.id,
                notification.introId);
    }

    /** The exception is not logged with its message: an SMTP server's answer may quote the addresses. */
    private void retryOrFail(Notification notification, RuntimeException failure) {
        Instant now = NotificationDelivery.now(clock);
        Instant retryAt = now.plus(Backoff.of(config.retry())
                .after(notification.attempts + 1, ThreadLocalRandom.current()));
        Notification marked = notifications.markAttemptFailed(notification.id, String.valueOf(failure.getMessage()),
                now, config.retry().maxAttempts(), retryAt);
        if (marked.status == NotificationStatus.FAILED) {
            LOG.warnf("%s notification %s of intro %s FAILED after %d attempts (%s)", marked.template, marked.id,
                    marked.introId, marked.attempts, rootCause(failure));
        } else {
            LOG.infof("Attempt %d of %s notification %s failed (%s); next attempt at %s", marked.attempts,
                    marked.template, marked.id, rootCause(failure), retryAt);
        }
    }

    /**
     * The email as it leaves: its secret links filled in, here only (the stored bodies hold placeholders), and
     * nothing in a header that could end it and start another.
     */
    private Mail mail(Notification notification) {
        Envelope envelope = notification.envelope;
        SecretLinks.Bodies bodies = secretLinks.filledIn(notification);
        Mail mail = new Mail()
                .setTo(MailHeaders.addresses(envelope.to()))
                .setCc(MailHeaders.addresses(envelope.cc()))
                .setSubject(MailHeaders.singleLine(notification.subject))
                .setText(bodies.text())
                .setHtml(bodies.html())
                .addHeader("Message-ID", messageId(notification.id));
        if (!envelope.replyTo().isEmpty()) {
            mail.setReplyTo(MailHeaders.addresses(envelope.replyTo()).toArray(String[]::new));
        }
        if (notification.template.offersUnsubscribe()) {
            // RFC 8058: mail clients show their own unsubscribe button and POST to the URL without opening it
            mail.addHeader("List-Unsubscribe", "<" + unsubscribeTokens.url(notification.id) + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    private void publishOutcomes() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Notification> unpublished = notifications.lockUnpublishedOutcomes(config.batchSize());
            Instant now = NotificationDelivery.now(clock);
            for (Notification notification : unpublished) {
                outcomes.publish(notification);
                notification.outcomePublishedAt = now;
                // the email left, or never will: the target's opt-in link has no reason to stay here
                notification.optInUrl = null;
            }
        });
    }

    private String messageId(UUID notificationId) {
        return "<" + notificationId + "@" + mailConfig.messageIdDomain() + ">";
    }
}

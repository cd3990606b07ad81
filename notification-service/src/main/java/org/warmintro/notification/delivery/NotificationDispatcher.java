package org.warmintro.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.warmintro.notification.mail.MailHeaders;
import org.warmintro.notification.unsubscribe.Suppressions;
import org.warmintro.notification.unsubscribe.UnsubscribeTokens;
import org.warmintro.outbox.Backoff;
import org.warmintro.outbox.CoalescedRuns;

/**
 * Sends the due notifications and publishes what became of them.
 * <p>
 * A notification is leased before its email leaves and marked after, so a crash in between sends it again once the
 * lease runs out; the resend carries the Message-ID of the first attempt, which lets mail systems and people
 * recognise it. A failed attempt is retried after an exponential backoff with jitter, and the last one marks the
 * notification FAILED. Outcomes are published from the database, not on the way, by {@link DeliveryOutcomes}, which
 * each run wakes: one that did not reach the broker is published later, and a broker away holds up no email.
 * <p>
 * One exchange at a time per email: while one may still deliver it, no other starts. The timeouts are ordered so:
 * <ol>
 * <li>the SMTP client gives up on a server that stays silent (connect and idle timeouts, {@code
 * notification.delivery.smtp.*}) before the dispatcher stops waiting ({@code send-timeout});</li>
 * <li>when the dispatcher stops waiting, the exchange is aborted, its connection closed ({@link SmtpClient}), before
 * the failed attempt is recorded: an exchange given up cannot go on and deliver the email beside the retry, however
 * the server behaves (one that trickles a byte now and then defeats any idle timeout);</li>
 * <li>the send timeout is shorter than the lease ({@code lease}), and the email leaves only while its lease still
 * runs for a whole send timeout, so that no other dispatcher takes it while an exchange of it may be under way. The
 * rest of the lease allows for the dispatcher's own steps and for replicas whose clocks disagree by a few
 * seconds.</li>
 * </ol>
 * Startup fails if the configuration breaks that order. What a dispatcher records (sent, failed, retried, deferred,
 * held, suppressed) applies only while the notification still carries its lease and is still PENDING; otherwise
 * nothing is written and nothing is published for it. One duplicate remains possible, as with any SMTP client: a
 * server that took the email but whose answer never came back gets it again from the retry, with the same
 * Message-ID.
 * <p>
 * Runs happen on a worker thread, one at a time: on each tick of the scheduler, for what became due by waiting, and
 * as soon as a notification is recorded, so that an email does not wait for the next tick.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    /** What a run does after its last email: record the outcome and publish the outcomes not yet published. */
    private static final Duration LAST_STEPS = Duration.ofSeconds(10);

    private final NotificationRepository notifications;
    private final DeliveryOutcomes outcomes;
    private final SmtpClient smtp;
    private final NotificationMailConfig mailConfig;
    private final DeliveryConfig config;
    private final Suppressions suppressions;
    private final UnsubscribeTokens unsubscribeTokens;
    private final Etiquette etiquette;
    private final Clock clock;
    private final EmailSendSpans sendSpans;
    private final SecretLinks secretLinks;
    private final CoalescedRuns runs = new CoalescedRuns(this::dispatchAndCatch,
            Infrastructure.getDefaultWorkerPool());

    NotificationDispatcher(NotificationRepository notifications, DeliveryOutcomes outcomes, SmtpClient smtp,
            NotificationMailConfig mailConfig, DeliveryConfig config, Suppressions suppressions,
            UnsubscribeTokens unsubscribeTokens, Etiquette etiquette, Clock clock, EmailSendSpans sendSpans,
            SecretLinks secretLinks) {
        this.notifications = notifications;
        this.outcomes = outcomes;
        this.smtp = smtp;
        this.mailConfig = mailConfig;
        this.config = config;
        this.suppressions = suppressions;
        this.unsubscribeTokens = unsubscribeTokens;
        this.etiquette = etiquette;
        this.clock = clock;
        this.sendSpans = sendSpans;
        this.secretLinks = secretLinks;
    }

    void checkTimeouts(@Observes StartupEvent startup) {
        config.requireOneExchangeAtATime();
    }

    @Scheduled(every = "${notification.delivery.dispatch-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wakeUp();
    }

    /** Asks for a run; returns at once. A request during a run makes that run go round again. */
    public void wakeUp() {
        runs.request();
    }

    private void dispatchAndCatch() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.errorf("Dispatching notifications failed (%s); the next run tries again", e.getClass().getSimpleName());
            LOG.debug("Dispatch failure", e);
        }
    }

    /**
     * On shutdown, before the database and the SMTP client close: no run starts any more, and a run under way ends
     * after the email it is sending, whose outcome it records and publishes. What it leaves is due at the next start
     * (or at once on another replica).
     */
    void finishOnShutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (!runs.stop(config.sendTimeout().plus(LAST_STEPS))) {
            LOG.warn("A dispatcher run did not end in time for the shutdown; a leased email is sent again after its"
                    + " lease");
        }
    }

    /**
     * Takes the due notifications one at a time, each just before its email leaves: a dispatcher that dies leaves
     * one email leased, not a batch, and the others go out from another instance at once.
     */
    private void dispatch() {
        for (int sent = 0; sent < config.batchSize() && !runs.stopped(); sent++) {
            Instant now = NotificationDelivery.now(clock);
            Optional<Lease> lease = notifications.leaseNextDue(now, now.plus(config.lease()));
            if (lease.isEmpty()) {
                break;
            }
            send(lease.get(), QuarkusTransaction.requiringNew()
                    .call(() -> notifications.findById(lease.get().notificationId())));
        }
        outcomes.wakeUp();
    }

    private void send(Lease lease, Notification notification) {
        if (notification.status != NotificationStatus.PENDING) {
            return; // an erasure came between its lease and now: nothing of it may leave
        }
        if (suppressions.anySuppressed(notification.envelope.to())) {
            if (notifications.markSuppressed(lease, NotificationDelivery.now(clock))) {
                LOG.infof("%s notification %s of intro %s is suppressed: its recipient unsubscribed",
                        notification.template, notification.id, notification.introId);
            }
            return;
        }
        Instant now = NotificationDelivery.now(clock);
        Etiquette.Timing timing = etiquette.timing(notification, now);
        if (timing.overCap(now) && notification.template.joinsDigestOverCap()) {
            if (notifications.hold(lease, timing.capReleasedAt())) {
                LOG.infof("%s notification %s of intro %s is beyond its recipient's cap: it joins their next"
                        + " digest, due at %s", notification.template, notification.id, notification.introId,
                        timing.capReleasedAt());
            }
            return;
        }
        if (timing.earliest().isAfter(now)) {
            if (notifications.defer(lease, timing.earliest())) {
                LOG.infof("%s notification %s of intro %s waits until %s for its recipient", notification.template,
                        notification.id, notification.introId, timing.earliest());
            }
            return;
        }
        Instant leaving = NotificationDelivery.now(clock);
        if (!lease.runsAt(leaving.plus(config.sendTimeout()))) {
            // the steps since the lease took so long that it could end during the exchange: due again at once
            notifications.defer(lease, leaving);
            LOG.infof("%s notification %s of intro %s is taken again: its lease would not outlast its sending",
                    notification.template, notification.id, notification.introId);
            return;
        }
        try {
            sendSpans.around(notification, () -> smtp.send(mail(notification), config.sendTimeout()));
        } catch (RuntimeException e) {
            retryOrFail(lease, notification, e);
            return;
        }
        if (notifications.markSent(lease, NotificationDelivery.now(clock))) {
            LOG.infof("Sent %s notification %s of intro %s", notification.template, notification.id,
                    notification.introId);
        } else {
            leftWithoutItsLease(notification);
        }
    }

    /**
     * The email left, but its notification is no longer this dispatcher's to mark. When it was suppressed while the
     * email was leaving (unsubscribed, erased, cancelled), the suppression stays what the record says: the person's
     * wish is the truth the platform acts on, its event may already be out, and an erasure has forgotten what a SENT
     * row would describe; the email itself cannot be recalled, and this line is all that tells of it. When another
     * dispatcher took the notification over after the lease ran out, that dispatcher's outcome stands.
     */
    private void leftWithoutItsLease(Notification notification) {
        NotificationStatus now = QuarkusTransaction.requiringNew()
                .call(() -> notifications.findById(notification.id)).status;
        LOG.infof("%s notification %s of intro %s left, but it is %s and no longer this dispatcher's: it stays so,"
                + " and no sent event is published", notification.template, notification.id, notification.introId,
                now);
    }

    /** The exception is not logged with its message: an SMTP server's answer may quote the addresses. */
    private void retryOrFail(Lease lease, Notification notification, RuntimeException failure) {
        Instant now = NotificationDelivery.now(clock);
        Instant retryAt = now.plus(new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff())
                .after(notification.attempts + 1, ThreadLocalRandom.current()));
        Optional<Notification> marked = notifications.markAttemptFailed(lease,
                String.valueOf(failure.getMessage()), now, config.retry().maxAttempts(), retryAt);
        if (marked.isEmpty()) {
            LOG.infof("Attempt of %s notification %s of intro %s failed (%s), but it is no longer this dispatcher's:"
                    + " nothing is recorded", notification.template, notification.id, notification.introId,
                    rootCause(failure));
        } else if (marked.get().status == NotificationStatus.FAILED) {
            LOG.warnf("%s notification %s of intro %s FAILED after %d attempts (%s)", notification.template,
                    notification.id, notification.introId, marked.get().attempts, rootCause(failure));
        } else {
            LOG.infof("Attempt %d of %s notification %s failed (%s); next attempt at %s", marked.get().attempts,
                    notification.template, notification.id, rootCause(failure), retryAt);
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

    private String messageId(UUID notificationId) {
        return "<" + notificationId + "@" + mailConfig.messageIdDomain() + ">";
    }
}

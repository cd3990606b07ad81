package org.warmintro.notification.intro;

import java.util.UUID;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.warmintro.cloudevents.BinaryCloudEvent;
import org.warmintro.cloudevents.InvalidCloudEventException;
import org.warmintro.contracts.intro.IntroChanged;
import org.warmintro.contracts.intro.IntroErased;
import org.warmintro.contracts.intro.OptInRequested;
import org.warmintro.deadletters.ConsumerRetry;
import org.warmintro.notification.cancel.IntroCancellations;
import org.warmintro.notification.delivery.NotificationDelivery;
import org.warmintro.notification.digest.ConnectorDigests;
import org.warmintro.notification.digest.DigestEntry;
import org.warmintro.notification.digest.DigestItemKind;
import org.warmintro.notification.erasure.IntroErasures;
import org.warmintro.notification.delivery.NotificationRequest;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.RecipientRole;
import org.warmintro.notification.delivery.SecretLinks;

/**
 * Turns the events of referrals.intros.v1 into notifications: emails recorded to be sent. A malformed record goes to
 * the dead-letter topic at once and the partition moves on; one whose handling fails otherwise (PostgreSQL away, a
 * timeout) is tried again with exponential backoff, holding the partition, for up to 45 seconds, and dead-lettered only
 * if it still fails, to be replayed once the cause is fixed (README: Dead letters).
 */
@ApplicationScoped
class IntroEventConsumer {

    private static final String OPT_IN_REQUESTED = "referral.intro.opt-in-requested.v1";
    private static final String OPT_IN_REMINDED = "referral.intro.opt-in-reminded.v1";
    private static final String ACCEPTED = "referral.intro.accepted.v1";
    private static final String DECLINED = "referral.intro.declined.v1";
    private static final String PROPOSED = "referral.intro.proposed.v1";
    private static final String EXPIRED = "referral.intro.expired.v1";
    private static final String ERASED = "referral.intro.erased.v1";
    private static final String CANCELLED = "referral.intro.cancelled.v1";

    private static final Logger LOG = Logger.getLogger(IntroEventConsumer.class);

    private final IntroEventData eventData;
    private final NotificationDelivery delivery;
    private final OptInRequestMail optInRequestMail;
    private final DoubleIntroMail doubleIntroMail;
    private final DeclinedNoteMail declinedNoteMail;
    private final ConnectorDigests digests;
    private final IntroErasures erasures;
    private final IntroCancellations cancellations;

    IntroEventConsumer(IntroEventData eventData, NotificationDelivery delivery, OptInRequestMail optInRequestMail,
            DoubleIntroMail doubleIntroMail, DeclinedNoteMail declinedNoteMail, ConnectorDigests digests,
            IntroErasures erasures, IntroCancellations cancellations) {
        this.eventData = eventData;
        this.delivery = delivery;
        this.optInRequestMail = optInRequestMail;
        this.doubleIntroMail = doubleIntroMail;
        this.declinedNoteMail = declinedNoteMail;
        this.digests = digests;
        this.erasures = erasures;
        this.cancellations = cancellations;
    }

    /**
     * The work blocks on the database, so it runs on a worker thread. Records are handled one at a time and in
     * order: the channel waits for each returned Uni, retries included, before it passes the next record.
     */
    @Incoming("intro-events")
    @Retry(maxRetries = -1, delay = ConsumerRetry.DELAY_MS, jitter = ConsumerRetry.JITTER_MS,
            maxDuration = ConsumerRetry.MAX_DURATION_MS, abortOn = MalformedIntroEventException.class)
    @ExponentialBackoff(factor = ConsumerRetry.BACKOFF_FACTOR, maxDelay = ConsumerRetry.MAX_DELAY_MS)
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return Uni.createFrom().voidItem()
                .invoke(() -> handle(record))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().invoke(failure -> logFailure(record, failure));
    }

    /** The connector says that a record went to the dead-letter topic, not why. */
    private static void logFailure(ConsumerRecord<String, String> record, Throwable failure) {
        if (failure instanceof MalformedIntroEventException) {
            LOG.warnf("Malformed record %s-%d@%d goes to the dead-letter topic: %s", record.topic(),
                    record.partition(), record.offset(), failure.getMessage());
        } else {
            LOG.warnf("Record %s-%d@%d failed; it is tried again with backoff, and goes to the dead-letter topic if "
                    + "it keeps failing: %s", record.topic(), record.partition(), record.offset(), failure);
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        BinaryCloudEvent event = cloudEvent(record);
        if (ERASED.equals(event.type())) {
            IntroErased erased = eventData.read(event, IntroErased.class);
            if (erased.erasedParties().isEmpty()) {
                throw new MalformedIntroEventException("CloudEvent " + event.id() + " of type " + event.type()
                        + ": invalid data: erasedParties must not be empty");
            }
            erasures.erase(erased.introId(), erased.erasedParties());
            return;
        }
        if (isOfErasedIntro(record)) {
            LOG.debugf("Ignoring intro event %s of type %s: its intro names a person who was erased", event.id(),
                    event.type());
            return;
        }
        switch (event.type()) {
            case OPT_IN_REQUESTED -> askTargetToOptIn(event.id(),
                    eventData.read(event, OptInRequested.class, OptInRequest::of));
            case OPT_IN_REMINDED -> remindTarget(event.id(),
                    eventData.read(event, OptInRequested.class, OptInRequest::of));
            case ACCEPTED -> introduce(event.id(), eventData.read(event, IntroChanged.class, IntroAccepted::of));
            case DECLINED -> tellConnectorOfDecline(event.id(),
                    eventData.read(event, IntroChanged.class, ConnectorNotice::of));
            case PROPOSED -> addToDigest(event.id(), DigestItemKind.SUGGESTED,
                    eventData.read(event, IntroChanged.class, ConnectorNotice::of));
            case EXPIRED -> addToDigest(event.id(), DigestItemKind.EXPIRED,
                    eventData.read(event, IntroChanged.class, ConnectorNotice::of));
            case CANCELLED -> cancellations.cancel(eventData.read(event, IntroChanged.class).introId());
            default -> LOG.debugf("Ignoring intro event %s of type %s", event.id(), event.type());
        }
    }

    /** Every intro event has data; a record that is no readable CloudEvent can never be processed. */
    private static BinaryCloudEvent cloudEvent(ConsumerRecord<String, String> record) {
        try {
            BinaryCloudEvent event = BinaryCloudEvent.read(record);
            event.requireData();
            return event;
        } catch (InvalidCloudEventException e) {
            throw new MalformedIntroEventException(e.getMessage());
        }
    }

    /** Records are keyed by intro id; a key that is no intro id cannot name an erased intro. */
    private boolean isOfErasedIntro(ConsumerRecord<String, String> record) {
        try {
            return record.key() != null && erasures.isErased(UUID.fromString(record.key()));
        } catch (IllegalArgumentException notAnIntroId) {
            return false;
        }
    }

    private void askTargetToOptIn(String eventId, OptInRequest request) {
        NotificationRequest notification = new NotificationRequest(eventId, request.target().email(),
                request.target().timezone(), request.target().locale(), RecipientRole.TARGET,
                NotificationTemplate.OPT_IN_REQUEST, request.memberId(), request.introId());
        delivery.deliverOnce(notification, id -> optInRequestMail.request(request, id));
    }

    private void remindTarget(String eventId, OptInRequest request) {
        NotificationRequest notification = new NotificationRequest(eventId, request.target().email(),
                request.target().timezone(), request.target().locale(), RecipientRole.TARGET,
                NotificationTemplate.OPT_IN_REMINDER, request.memberId(), request.introId());
        delivery.deliverOnce(notification, id -> optInRequestMail.reminder(request, id));
    }

    /**
     * One email goes to seeker and target together, so it is one notification. Its recipient, in the key that makes
     * it go out once, is the target: the person whose yes the email follows; the seeker and the connector are on the
     * same email, which an event sends once whichever address the key names. The target's quiet hours and cap apply.
     */
    private void introduce(String eventId, IntroAccepted intro) {
        NotificationRequest notification = new NotificationRequest(eventId, intro.target().email(),
                intro.target().timezone(), intro.target().locale(), RecipientRole.TARGET,
                NotificationTemplate.DOUBLE_INTRO, intro.memberId(), intro.introId());
        delivery.deliverOnce(notification, id -> doubleIntroMail.render(intro));
    }

    /** Only the connector hears of a decline: the seeker is never told who said no. */
    private void tellConnectorOfDecline(String eventId, ConnectorNotice intro) {
        String connectorEmail = intro.connector().email();
        if (connectorEmail == null || connectorEmail.isBlank()) {
            LOG.debugf("Intro %s was declined but its connector has no email address to tell", intro.introId());
            return;
        }
        NotificationRequest notification = new NotificationRequest(eventId, connectorEmail,
                intro.connector().timezone(), intro.connector().locale(), RecipientRole.CONNECTOR, NotificationTemplate.DECLINED_NOTE, intro.memberId(), intro.introId());
        delivery.deliverOnce(notification,
                id -> declinedNoteMail.render(intro, connectorEmail, SecretLinks.unsubscribe(id)));
    }

    /** Suggestions and expiries are no reason to write at once: the connector hears of them in their digest. */
    private void addToDigest(String eventId, DigestItemKind kind, ConnectorNotice notice) {
        String connectorEmail = notice.connector().email();
        if (connectorEmail == null || connectorEmail.isBlank()) {
            LOG.debugf("Intro %s changed but its connector has no email address for a digest", notice.introId());
            return;
        }
        digests.add(new DigestEntry(eventId, kind, notice.memberId(), notice.introId(), notice.connector().name(),
                notice.connector().givenName(), connectorEmail, notice.connector().locale(),
                notice.connector().timezone(), notice.seeker().name(), notice.target().name(), notice.roleTitle(),
                notice.occurredAt()));
    }
}

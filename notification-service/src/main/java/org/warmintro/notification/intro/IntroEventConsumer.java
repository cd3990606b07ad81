package org.warmintro.notification.intro;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.warmintro.notification.delivery.NotificationDelivery;
import org.warmintro.notification.delivery.NotificationRequest;
import org.warmintro.notification.delivery.NotificationTemplate;
import org.warmintro.notification.delivery.RecipientRole;

/**
 * Turns the events of referrals.intros.v1 into emails. A record whose handling fails goes to the dead-letter topic
 * and the partition moves on.
 */
@ApplicationScoped
class IntroEventConsumer {

    private static final String OPT_IN_REQUESTED = "referral.intro.opt-in-requested.v1";

    private static final Logger LOG = Logger.getLogger(IntroEventConsumer.class);

    private final IntroEventData eventData;
    private final NotificationDelivery delivery;
    private final OptInRequestMail optInRequestMail;

    IntroEventConsumer(IntroEventData eventData, NotificationDelivery delivery, OptInRequestMail optInRequestMail) {
        this.eventData = eventData;
        this.delivery = delivery;
        this.optInRequestMail = optInRequestMail;
    }

    /**
     * The work blocks (database, SMTP, broker acknowledgement), so it runs on a worker thread, but not through
     * {@code @Blocking}: an ordered blocking method holds the ordered task queue of the channel's Vert.x context, and
     * the mail client puts part of its first send on that same queue, behind the task waiting for it
     * (quarkusio/quarkus#28353). Records are still handled one at a time and in order: the channel waits for each
     * returned Uni before it passes the next record.
     */
    @Incoming("intro-events")
    Uni<Void> consume(ConsumerRecord<String, String> record) {
        return Uni.createFrom().voidItem()
                .invoke(() -> handle(record))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().invoke(failure -> logDeadLetter(record, failure));
    }

    /** The connector says that a record went to the dead-letter topic, not why. */
    private static void logDeadLetter(ConsumerRecord<String, String> record, Throwable failure) {
        if (failure instanceof MalformedIntroEventException) {
            LOG.warnf("Malformed record %s-%d@%d goes to the dead-letter topic: %s", record.topic(),
                    record.partition(), record.offset(), failure.getMessage());
        } else {
            LOG.errorf(failure, "Record %s-%d@%d failed and goes to the dead-letter topic", record.topic(),
                    record.partition(), record.offset());
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        IntroCloudEvent event = IntroCloudEvent.fromBinaryMode(record);
        if (OPT_IN_REQUESTED.equals(event.type())) {
            askTargetToOptIn(event.id(), eventData.read(event, OptInRequested.class));
        } else {
            LOG.debugf("Ignoring intro event %s of type %s", event.id(), event.type());
        }
    }

    private void askTargetToOptIn(String eventId, OptInRequested request) {
        NotificationRequest notification = new NotificationRequest(eventId, request.target().email(),
                RecipientRole.TARGET, NotificationTemplate.OPT_IN_REQUEST, request.memberId(), request.introId());
        delivery.deliverOnce(notification, messageId -> optInRequestMail.send(request, messageId));
    }
}

package org.warmintro.referral.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.warmintro.cloudevents.CloudEventHeaders;
import org.warmintro.contracts.EventType;
import org.warmintro.contracts.notification.NotificationSent;
import org.warmintro.deadletters.ConsumerRetry;
import org.warmintro.referral.intro.IntroWorkflow;

/**
 * Follows the emails of the intros on {@code notifications.deliveries.v1}: once the double-intro email went out, the
 * seeker and the target are introduced. Other emails and other outcomes change nothing here.
 *
 * <p>Idempotent: a repeated or late event finds the intro past {@code ACCEPTED} and is ignored. A record that
 * cannot be read ({@link RejectedDeliveryEvent}) goes to {@code notifications.deliveries.v1.dlq} at once with the
 * reason, and the partition moves on; one that fails otherwise (MongoDB away, a timeout) is tried again with
 * exponential backoff for up to 45 seconds before it is dead-lettered.
 */
@ApplicationScoped
public class DeliveryEvents {

    static final String NOTIFICATION_SENT = EventType.NOTIFICATION_SENT.type();
    /** The email that introduces seeker and target to each other, the connector in copy. */
    static final String DOUBLE_INTRO = "DOUBLE_INTRO";

    private final IntroWorkflow workflow;
    private final ObjectReader sentReader;

    DeliveryEvents(IntroWorkflow workflow, ObjectMapper json) {
        this.workflow = workflow;
        this.sentReader = json.readerFor(NotificationSent.class);
    }

    @Incoming("delivery-events")
    @Blocking
    @Retry(maxRetries = -1, delay = ConsumerRetry.DELAY_MS, jitter = ConsumerRetry.JITTER_MS,
            maxDuration = ConsumerRetry.MAX_DURATION_MS, abortOn = RejectedDeliveryEvent.class)
    @ExponentialBackoff(factor = ConsumerRetry.BACKOFF_FACTOR, maxDelay = ConsumerRetry.MAX_DELAY_MS)
    public void apply(ConsumerRecord<String, String> record) {
        String type = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE);
        if (!NOTIFICATION_SENT.equals(type) || record.value() == null) {
            return;
        }
        NotificationSent sent = parse(record.key(), record.value());
        if (!DOUBLE_INTRO.equals(sent.template())) {
            return;
        }
        workflow.introduced(sent.introId().toString());
    }

    private NotificationSent parse(String key, String value) {
        NotificationSent sent;
        try {
            sent = sentReader.readValue(value);
        } catch (JsonParseException e) {
            throw new RejectedDeliveryEvent("notification.sent.v1 that is not JSON: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new RejectedDeliveryEvent("notification.sent.v1 on key " + key + " that does not fit the contract: "
                    + e.getOriginalMessage(), e);
        }
        if (sent == null) {
            throw new RejectedDeliveryEvent("notification.sent.v1 with null data on key " + key);
        }
        return sent;
    }
}

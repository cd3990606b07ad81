package org.warmintro.notification.delivery;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.warmintro.outbox.RelayConfig;

@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {

    /**
     * How often the dispatcher looks for what became due by waiting (retries, deferred emails); a new notification
     * does not wait for it.
     */
    @WithDefault("1s")
    Duration dispatchInterval();

    /** How many due notifications one run of the dispatcher sends at most, before it wakes the outcomes' relay. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a notification taken by a dispatcher is left to it: longer than any SMTP exchange (the send timeout),
     * so that no other instance sends it meanwhile; after it, a notification whose dispatcher died is due again. See
     * {@link NotificationDispatcher} for the order of the timeouts.
     */
    @WithDefault("1m")
    Duration lease();

    /**
     * How long one SMTP exchange may take before it counts as failed; it is then aborted, its connection closed. A
     * timed-out email may have reached the server all the same: its retry carries the same Message-ID.
     */
    @WithDefault("30s")
    Duration sendTimeout();

    /** The SMTP client's own limits, within the send timeout. */
    Smtp smtp();

    Retry retry();

    /** The relay of the outcomes to {@code notifications.deliveries.v1}, from the notifications' rows. */
    RelayConfig outcomes();

    /**
     * Fails unless the timeouts keep an email to one SMTP exchange at a time (see {@link NotificationDispatcher}):
     * the SMTP client's timeouts shorter than the send timeout, and the send timeout shorter than the lease.
     */
    default void requireOneExchangeAtATime() {
        if (smtp().connectTimeout().compareTo(sendTimeout()) >= 0
                || smtp().idleTimeout().compareTo(sendTimeout()) >= 0) {
            throw new IllegalStateException("notification.delivery.smtp.connect-timeout and idle-timeout must be"
                    + " shorter than notification.delivery.send-timeout");
        }
        if (sendTimeout().compareTo(lease()) >= 0) {
            throw new IllegalStateException(
                    "notification.delivery.send-timeout must be shorter than notification.delivery.lease");
        }
    }

    interface Smtp {

        /** How long opening a connection to the SMTP server may take. */
        @WithDefault("10s")
        Duration connectTimeout();

        /**
         * How long one read from the SMTP server, or one write to it, may take before the attempt fails: a server
         * that stopped answering.
         */
        @WithDefault("15s")
        Duration idleTimeout();
    }

    interface Retry {

        /** Attempts in all, the first included; after the last one the notification is FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each failure, up to {@link #maxBackoff()}. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();
    }
}

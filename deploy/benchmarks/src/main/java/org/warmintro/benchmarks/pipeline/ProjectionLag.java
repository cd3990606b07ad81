package org.warmintro.benchmarks.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.warmintro.testing.MetricsScrape;

/**
 * What referral-service says of its projection of the profiles: {@code warmintro_projection_lag_seconds}, the time
 * from each change's CloudEvent time to its storage. The difference of two scrapes is the distribution of the changes
 * stored between them. Also tells when the projection has caught up with every change, so that one step's backlog does
 * not weigh on the next step's figures.
 */
final class ProjectionLag {

    static final String METRIC = "warmintro_projection_lag_seconds";
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Duration PROGRESS = Duration.ofSeconds(30);

    private final Platform platform;
    private final Duration settleTimeout;

    ProjectionLag(Platform platform, Duration settleTimeout) {
        this.platform = platform;
        this.settleTimeout = settleTimeout;
    }

    String scrape() {
        return platform.metrics(platform.options.referralUrl());
    }

    /**
     * Waits until contacts-service has published every change, referral-service's consumer has fetched every record of
     * {@code contacts.profiles.v1} and stored nothing more for a few seconds.
     *
     * @return the records the consumer had still to fetch when the wait gave up; 0 once caught up
     */
    long awaitSettled() {
        Instant started = Instant.now();
        Instant deadline = started.plus(settleTimeout);
        Instant nextReport = started.plus(PROGRESS);
        double lastStored = -1;
        Instant lastChange = started;
        long behind = 0;
        while (Instant.now().isBefore(deadline)) {
            String scrape = scrape();
            double stored = MetricsScrape.value(scrape, METRIC + "_count");
            behind = recordsBehind(scrape);
            if (stored != lastStored) {
                lastStored = stored;
                lastChange = Instant.now();
            } else if (behind == 0 && Duration.between(lastChange, Instant.now()).compareTo(QUIET) > 0
                    && outboxBacklog() == 0) {
                System.out.printf(Locale.ROOT, "  projection caught up (waited %d s)%n",
                        Duration.between(started, Instant.now()).toSeconds());
                return 0;
            }
            if (Instant.now().isAfter(nextReport)) {
                System.out.printf(Locale.ROOT, "  ... referral-service has %,d profile changes to fetch yet%n", behind);
                nextReport = Instant.now().plus(PROGRESS);
            }
            Platform.pause(Duration.ofMillis(500));
        }
        System.out.printf(Locale.ROOT, "  (the projection did not catch up within %s: %,d changes behind)%n",
                settleTimeout, behind);
        return behind;
    }

    /** The records of the profiles' topic the projection's consumer has not fetched, over all its partitions. */
    private static long recordsBehind(String scrape) {
        // Kafka's clients name the topic in its own tag and once more with dots as underscores
        return Math.round(MetricsScrape.value(scrape, "kafka_consumer_fetch_manager_records_lag", "client_id",
                "kafka-consumer-contact-profiles", "topic", "contacts.profiles.v1"));
    }

    double outboxBacklog() {
        return MetricsScrape.value(platform.metrics(platform.options.contactsUrl()), "warmintro_outbox_backlog");
    }
}

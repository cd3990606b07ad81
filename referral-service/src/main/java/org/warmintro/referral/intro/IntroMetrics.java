package org.warmintro.referral.intro;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import org.warmintro.outbox.BacklogGauge;

/**
 * {@code warmintro.intros{state}}: how many intros stand in each state, the funnel of the workflow; and
 * {@code warmintro.outbox.backlog{topic="referrals.intros.v1"}}: how many of their events wait for Kafka.
 *
 * <p>Read from MongoDB on a schedule of their own, never by a scrape, so that a dashboard refreshing often costs the
 * database nothing more.
 */
@ApplicationScoped
class IntroMetrics {

    private final Intros intros;
    private final Map<IntroState, AtomicLong> byState = new EnumMap<>(IntroState.class);
    private final BacklogGauge backlog;

    IntroMetrics(Intros intros, MeterRegistry registry) {
        this.intros = intros;
        for (IntroState state : IntroState.values()) {
            AtomicLong count = new AtomicLong();
            byState.put(state, count);
            Gauge.builder("warmintro.intros", count, AtomicLong::get)
                    .description("Intros in each state")
                    .tag("state", state.name())
                    .register(registry);
        }
        this.backlog = new BacklogGauge(registry, "referrals.intros.v1");
    }

    @Scheduled(every = "${referral.intro.metrics-refresh-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        Map<IntroState, Long> counts = intros.countByState();
        byState.forEach((state, count) -> count.set(counts.getOrDefault(state, 0L)));
        backlog.set(intros.pendingEventCount());
    }
}

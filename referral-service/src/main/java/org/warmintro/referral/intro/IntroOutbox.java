package org.warmintro.referral.intro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.warmintro.outbox.OutboxBatch;
import org.warmintro.outbox.OutboxMessage;
import org.warmintro.outbox.OutboxStorage;

/**
 * The events kept in the intros' documents until Kafka acknowledged them, each intro's in the order they were
 * stored; a batch is a number of intros, with all their events. An acknowledged event is pulled from its intro by id,
 * in one update per intro. Replicas relaying the same intro at the same moment can repeat an event, never lose one.
 */
@ApplicationScoped
class IntroOutbox implements OutboxStorage<IntroOutbox.Waiting> {

    /** An event of an intro, which the relay sends keyed by intro id. */
    record Waiting(Intro intro, PendingEvent event) {
    }

    private final Intros intros;
    private final IntroEvents events;

    IntroOutbox(Intros intros, IntroEvents events) {
        this.intros = intros;
        this.events = events;
    }

    @Override
    public OutboxBatch<Waiting> read(int limit) {
        List<Intro> batch = intros.withPendingEvents(limit);
        List<Waiting> waiting = new ArrayList<>();
        batch.forEach(intro -> intro.outbox().forEach(event -> waiting.add(new Waiting(intro, event))));
        return new OutboxBatch<>(waiting, batch.size() == limit);
    }

    @Override
    public OutboxMessage message(Waiting waiting) {
        Intro intro = waiting.intro();
        PendingEvent event = waiting.event();
        return new OutboxMessage(intro.id(), event.id(), event.type(), intro.id(), event.occurredAt(),
                event.traceparent(), events.data(intro, event));
    }

    @Override
    public void markSent(List<Waiting> sent) {
        Map<String, List<String>> byIntro = new LinkedHashMap<>();
        sent.forEach(waiting -> byIntro.computeIfAbsent(waiting.intro().id(), id -> new ArrayList<>())
                .add(waiting.event().id()));
        byIntro.forEach(intros::removeSent);
    }
}

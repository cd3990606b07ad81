package org.warmintro.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Acknowledges what it is sent, unless told to refuse, lose or throw on the events of some ids. */
final class FakeKafka implements OutboxSender {

    private final List<OutboxMessage> sent = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();
    private final Set<String> neverAnswered = new HashSet<>();
    private final Set<String> throwing = new HashSet<>();

    void refuse(String... ids) {
        refused.addAll(List.of(ids));
    }

    void neverAnswer(String... ids) {
        neverAnswered.addAll(List.of(ids));
    }

    void throwOn(String... ids) {
        throwing.addAll(List.of(ids));
    }

    void backToNormal() {
        refused.clear();
        neverAnswered.clear();
        throwing.clear();
    }

    synchronized List<String> sentIds() {
        return sent.stream().map(OutboxMessage::id).toList();
    }

    @Override
    public synchronized CompletionStage<Void> send(OutboxMessage message) {
        if (throwing.contains(message.id())) {
            throw new IllegalStateException("the channel is closed");
        }
        sent.add(message);
        if (refused.contains(message.id())) {
            return CompletableFuture.failedFuture(new IllegalStateException("not acknowledged"));
        }
        return neverAnswered.contains(message.id()) ? new CompletableFuture<>()
                : CompletableFuture.completedFuture(null);
    }
}

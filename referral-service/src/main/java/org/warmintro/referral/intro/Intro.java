package org.warmintro.referral.intro;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An introduction of a seeker to a hiring contact (the target), made by a member (the connector). Stored as one
 * document of the {@code intros} collection by the MongoDB driver's codec for records (see {@link Intros}): the
 * components' names are the document's field names, so renaming one renames a stored field.
 *
 * @param blurb    the forwardable introduction of the seeker: their self-introduction and what they offer
 * @param revision grows with every change; a transition applies only to the revision it was decided on
 * @param outbox   the events of its transitions that Kafka has not acknowledged yet, oldest first
 */
public record Intro(@BsonId String id, String memberId, IntroState state, Party connector, Party seeker, Party target,
        String selfIntroduction, String offers, String roleTitle, String message, String blurb, Outcome outcome,
        Instant createdAt, Instant optInRequestedAt, Instant expiresAt, Instant remindedAt, Instant decidedAt,
        Instant updatedAt, long revision, List<PendingEvent> outbox) {

    public Intro {
        outbox = List.copyOf(outbox);
    }
}

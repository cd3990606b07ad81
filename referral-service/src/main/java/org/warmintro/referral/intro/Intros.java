package org.warmintro.referral.intro;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code intros} collection: one document per introduction, {@code _id} = intro id, holding its people, its
 * state and the events of its transitions not yet published ({@code outbox}). The MongoDB driver's codec for records
 * maps an {@link Intro} to its document and back (fields named as the record's components); beside them the document
 * holds {@code seekerId}, {@code targetId} and {@code pairLock}, which only the queries and indexes need.
 *
 * <p>Every change is one atomic update of one document, conditioned on the revision it was decided on, so a state
 * change and its event are stored together or not at all, without a multi-document transaction.
 *
 * <p>{@code pairLock} holds {@code seekerId:targetId} while the intro holds the pair and its own id afterwards; a
 * unique index on it makes a second intro of a pair under way impossible, even when two proposals race.
 */
@ApplicationScoped
public class Intros {

    static final String COLLECTION = "intros";

    private static final String ID = "_id";
    private static final String MEMBER_ID = "memberId";
    private static final String STATE = "state";
    private static final String SEEKER_ID = "seekerId";
    private static final String TARGET_ID = "targetId";
    private static final String PAIR_LOCK = "pairLock";
    private static final String SEEKER = "seeker";
    private static final String TARGET = "target";
    private static final String SELF_INTRODUCTION = "selfIntroduction";
    private static final String OFFERS = "offers";
    private static final String MESSAGE = "message";
    private static final String BLURB = "blurb";
    private static final String OUTCOME = "outcome";
    private static final String CREATED_AT = "createdAt";
    private static final String OPT_IN_REQUESTED_AT = "optInRequestedAt";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String REMINDED_AT = "remindedAt";
    private static final String DECIDED_AT = "decidedAt";
    private static final String UPDATED_AT = "updatedAt";
    private static final String REVISION = "revision";
    private static final String OUTBOX = "outbox";
    private static final FindOneAndUpdateOptions RETURN_AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Intro> collection;

    Intros(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION, Intro.class);
    }

    void createIndexes(@Observes StartupEvent startup) {
        collection.createIndex(Indexes.ascending(PAIR_LOCK), new IndexOptions().unique(true));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending(MEMBER_ID), Indexes.descending(CREATED_AT)));
        collection.createIndex(Indexes.ascending(SEEKER_ID));
        collection.createIndex(Indexes.ascending(TARGET_ID, OPT_IN_REQUESTED_AT));
        collection.createIndex(Indexes.ascending(STATE, EXPIRES_AT));
        collection.createIndex(Indexes.ascending(OUTBOX + ".0.id"), new IndexOptions().sparse(true));
    }

    /** Thrown when another intro of the same seeker and target is under way or happened. */
    static final class PairTaken extends RuntimeException {
        PairTaken() {
            super("The pair is taken by another intro", null, false, false);
        }
    }

    /** @throws PairTaken when another intro holds the pair */
    void insert(Intro intro) {
        BsonDocument document = new BsonDocument();
        collection.getCodecRegistry().get(Intro.class)
                .encode(new BsonDocumentWriter(document), intro, EncoderContext.builder().build());
        boolean holdsPair = IntroState.HOLDING_THE_PAIR.contains(intro.state());
        document.append(SEEKER_ID, new BsonString(intro.seeker().contactId()))
                .append(TARGET_ID, new BsonString(intro.target().contactId()))
                .append(PAIR_LOCK, new BsonString(holdsPair
                        ? intro.seeker().contactId() + ":" + intro.target().contactId() : intro.id()));
        try {
            collection.withDocumentClass(BsonDocument.class).insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new PairTaken();
            }
            throw e;
        }
    }

    Optional<Intro> find(String introId) {
        return Optional.ofNullable(collection.find(eq(ID, introId)).first());
    }

    /**
     * Applies a transition decided on {@code current}: sets the fields, stores the event and bumps the revision,
     * unless the intro changed meanwhile.
     *
     * @return the intro as it is now, or empty when another change came first and the decision must be made again
     */
    Optional<Intro> apply(Intro current, Bson changes, PendingEvent... events) {
        Bson update = Updates.combine(changes, Updates.inc(REVISION, 1L),
                Updates.pushEach(OUTBOX, Arrays.asList(events)));
        return Optional.ofNullable(collection.findOneAndUpdate(
                and(eq(ID, current.id()), eq(REVISION, current.revision())), update, RETURN_AFTER));
    }

    /** The changes of a transition to {@code state}; an intro that ends frees its pair for a later proposal. */
    static Bson moveTo(Intro intro, IntroState state, Instant at) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(STATE, state), Updates.set(UPDATED_AT, at)));
        if (!IntroState.HOLDING_THE_PAIR.contains(state)) {
            changes.add(Updates.set(PAIR_LOCK, intro.id()));
        }
        if (state == IntroState.ACCEPTED || state == IntroState.DECLINED) {
            changes.add(Updates.set(DECIDED_AT, at));
        }
        return Updates.combine(changes);
    }

    static Bson remindedAt(Instant at) {
        return Updates.combine(Updates.set(REMINDED_AT, at), Updates.set(UPDATED_AT, at));
    }

    static Bson outcome(Outcome outcome, Instant at) {
        return Updates.combine(Updates.set(OUTCOME, outcome), Updates.set(UPDATED_AT, at));
    }

    /** Replaces everything that names the erased person; the seeker's words go with them, and so does the note. */
    static Bson erasure(Intro intro, String contactId, Instant at) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(MESSAGE, null), Updates.set(UPDATED_AT, at)));
        if (contactId.equals(intro.seeker().contactId())) {
            changes.add(Updates.set(SEEKER, intro.seeker().erased()));
            changes.add(Updates.set(SELF_INTRODUCTION, ""));
            changes.add(Updates.set(OFFERS, null));
            changes.add(Updates.set(BLURB, Blurbs.ERASED));
        }
        if (contactId.equals(intro.target().contactId())) {
            changes.add(Updates.set(TARGET, intro.target().erased()));
        }
        return Updates.combine(changes);
    }

    /** Forgets the events Kafka acknowledged; the rest stay for the next attempt. */
    void removeSent(String introId, List<String> eventIds) {
        collection.updateOne(eq(ID, introId), Updates.pull(OUTBOX, in("id", eventIds)));
    }

    List<Intro> withPendingEvents(int limit) {
        return collection.find(exists(OUTBOX + ".0.id")).limit(limit).into(new ArrayList<>());
    }

    /** How many events wait in the intros' documents for the relay; only intros with some are read. */
    long pendingEventCount() {
        long count = 0;
        for (Document intro : collection.find(exists(OUTBOX + ".0.id"), Document.class)
                .projection(Projections.include(OUTBOX))) {
            count += intro.getList(OUTBOX, Document.class).size();
        }
        return count;
    }

    /** How many intros are in each state; states with none are left out. */
    Map<IntroState, Long> countByState() {
        Map<IntroState, Long> counts = new EnumMap<>(IntroState.class);
        collection.aggregate(List.of(Aggregates.group("$" + STATE, Accumulators.sum("count", 1))), Document.class)
                .forEach(group -> counts.put(IntroState.valueOf(group.getString(ID)),
                        group.get("count", Number.class).longValue()));
        return counts;
    }

    record Slice(List<Intro> intros, long total) {
    }

    Slice ofMember(String memberId, IntroState state, String seekerId, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(eq(MEMBER_ID, memberId)));
        if (state != null) {
            filters.add(eq(STATE, state));
        }
        if (seekerId != null) {
            filters.add(eq(SEEKER_ID, seekerId));
        }
        Bson filter = and(filters);
        List<Intro> intros = collection.find(filter).sort(Sorts.orderBy(Sorts.descending(CREATED_AT),
                Sorts.ascending(ID))).skip(page * size).limit(size).into(new ArrayList<>());
        return new Slice(intros, collection.countDocuments(filter));
    }

    List<Intro> naming(String contactId) {
        return collection.find(or(eq(SEEKER_ID, contactId), eq(TARGET_ID, contactId))).into(new ArrayList<>());
    }

    /** The member's intros that hold their pair, or were declined at or after {@code declinedSince}. */
    List<Intro> excluding(String memberId, Instant declinedSince) {
        return collection.find(and(eq(MEMBER_ID, memberId), or(
                in(STATE, IntroState.HOLDING_THE_PAIR),
                and(eq(STATE, IntroState.DECLINED), gte(DECIDED_AT, declinedSince)))))
                .into(new ArrayList<>());
    }

    boolean declinedSince(String seekerId, String targetId, Instant since) {
        return collection.find(and(eq(SEEKER_ID, seekerId), eq(TARGET_ID, targetId),
                eq(STATE, IntroState.DECLINED), gte(DECIDED_AT, since))).first() != null;
    }

    /** The opt-in requests the target received at or after {@code since}, as the intros record them. */
    List<IntroTargets.Request> requestsTo(String targetId, Instant since) {
        return collection.find(and(eq(TARGET_ID, targetId), gte(OPT_IN_REQUESTED_AT, since)), Document.class)
                .projection(Projections.include(OPT_IN_REQUESTED_AT))
                .map(intro -> new IntroTargets.Request(intro.getString(ID),
                        intro.getDate(OPT_IN_REQUESTED_AT).toInstant()))
                .into(new ArrayList<>());
    }

    /** By target: how many opt-in requests the member's targets received since {@code since}. */
    Map<String, Integer> requestsByTarget(String memberId, Instant since) {
        Map<String, Integer> counts = new HashMap<>();
        collection.find(and(eq(MEMBER_ID, memberId), gte(OPT_IN_REQUESTED_AT, since)), Document.class)
                .projection(Projections.include(TARGET_ID))
                .forEach(document -> counts.merge(document.getString(TARGET_ID), 1, Integer::sum));
        return counts;
    }

    List<Intro> awaitingAnswerExpiringBy(Instant by) {
        return collection.find(and(eq(STATE, IntroState.OPT_IN_REQUESTED), lte(EXPIRES_AT, by)))
                .into(new ArrayList<>());
    }

    List<Intro> unremindedExpiringBetween(Instant after, Instant by) {
        return collection.find(and(eq(STATE, IntroState.OPT_IN_REQUESTED), eq(REMINDED_AT, null),
                gt(EXPIRES_AT, after), lte(EXPIRES_AT, by))).into(new ArrayList<>());
    }
}

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
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code intros} collection: one document per introduction, {@code _id} = intro id, holding its people, its
 * state and the events of its transitions not yet published ({@code outbox}).
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
    private static final String CONNECTOR = "connector";
    private static final String SEEKER = "seeker";
    private static final String TARGET = "target";
    private static final String SELF_INTRODUCTION = "selfIntroduction";
    private static final String OFFERS = "offers";
    private static final String ROLE_TITLE = "roleTitle";
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
    private static final String TRACEPARENT = "traceparent";
    private static final FindOneAndUpdateOptions RETURN_AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> collection;

    Intros(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION);
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
        try {
            collection.insertOne(toDocument(intro));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new PairTaken();
            }
            throw e;
        }
    }

    Optional<Intro> find(String introId) {
        return Optional.ofNullable(collection.find(eq(ID, introId)).first()).map(Intros::fromDocument);
    }

    /**
     * Applies a transition decided on {@code current}: sets the fields, stores the event and bumps the revision,
     * unless the intro changed meanwhile.
     *
     * @return the intro as it is now, or empty when another change came first and the decision must be made again
     */
    Optional<Intro> apply(Intro current, Bson changes, PendingEvent... events) {
        Bson update = Updates.combine(changes, Updates.inc(REVISION, 1L),
                Updates.pushEach(OUTBOX, Arrays.stream(events).map(Intros::toDocument).toList()));
        return Optional.ofNullable(collection.findOneAndUpdate(
                and(eq(ID, current.id()), eq(REVISION, current.revision())), update, RETURN_AFTER))
                .map(Intros::fromDocument);
    }

    /** The changes of a transition to {@code state}; an intro that ends frees its pair for a later proposal. */
    static Bson moveTo(Intro intro, IntroState state, Instant at) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(STATE, state.name()), Updates.set(UPDATED_AT, date(at))));
        if (!IntroState.HOLDING_THE_PAIR.contains(state)) {
            changes.add(Updates.set(PAIR_LOCK, intro.id()));
        }
        if (state == IntroState.ACCEPTED || state == IntroState.DECLINED) {
            changes.add(Updates.set(DECIDED_AT, date(at)));
        }
        return Updates.combine(changes);
    }

    static Bson remindedAt(Instant at) {
        return Updates.combine(Updates.set(REMINDED_AT, date(at)), Updates.set(UPDATED_AT, date(at)));
    }

    static Bson outcome(Outcome outcome, Instant at) {
        return Updates.combine(Updates.set(OUTCOME, outcome.name()), Updates.set(UPDATED_AT, date(at)));
    }

    /** Replaces everything that names the erased person; the seeker's words go with them, and so does the note. */
    static Bson erasure(Intro intro, String contactId, Instant at) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(MESSAGE, null), Updates.set(UPDATED_AT, date(at))));
        if (contactId.equals(intro.seeker().contactId())) {
            changes.add(Updates.set(SEEKER, toDocument(intro.seeker().erased())));
            changes.add(Updates.set(SELF_INTRODUCTION, ""));
            changes.add(Updates.set(OFFERS, null));
            changes.add(Updates.set(BLURB, Blurbs.ERASED));
        }
        if (contactId.equals(intro.target().contactId())) {
            changes.add(Updates.set(TARGET, toDocument(intro.target().erased())));
        }
        return Updates.combine(changes);
    }

    /** Forgets the events Kafka acknowledged; the rest stay for the next attempt. */
    void removeSent(String introId, List<String> eventIds) {
        collection.updateOne(eq(ID, introId), Updates.pull(OUTBOX, new Document("id", new Document("$in", eventIds))));
    }

    List<Intro> withPendingEvents(int limit) {
        return collection.find(exists(OUTBOX + ".0.id")).limit(limit).map(Intros::fromDocument).into(new ArrayList<>());
    }

    /** How many events wait in the intros' documents for the relay; only intros with some are read. */
    long pendingEventCount() {
        long count = 0;
        for (Document intro : collection.find(exists(OUTBOX + ".0.id")).projection(new Document(OUTBOX, 1))) {
            count += intro.getList(OUTBOX, Document.class).size();
        }
        return count;
    }

    /** How many intros are in each state; states with none are left out. */
    Map<IntroState, Long> countByState() {
        Map<IntroState, Long> counts = new EnumMap<>(IntroState.class);
        collection.aggregate(List.of(Aggregates.group("$" + STATE, Accumulators.sum("count", 1))))
                .forEach(group -> counts.put(IntroState.valueOf(group.getString(ID)),
                        group.get("count", Number.class).longValue()));
        return counts;
    }

    record Slice(List<Intro> intros, long total) {
    }

    Slice ofMember(String memberId, IntroState state, String seekerId, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(eq(MEMBER_ID, memberId)));
        if (state != null) {
            filters.add(eq(STATE, state.name()));
        }
        if (seekerId != null) {
            filters.add(eq(SEEKER_ID, seekerId));
        }
        Bson filter = and(filters);
        List<Intro> intros = collection.find(filter).sort(Sorts.orderBy(Sorts.descending(CREATED_AT),
                Sorts.ascending(ID))).skip(page * size).limit(size).map(Intros::fromDocument).into(new ArrayList<>());
        return new Slice(intros, collection.countDocuments(filter));
    }

    List<Intro> naming(String contactId) {
        return collection.find(or(eq(SEEKER_ID, contactId), eq(TARGET_ID, contactId))).map(Intros::fromDocument)
                .into(new ArrayList<>());
    }

    /** The member's intros that hold their pair, or were declined at or after {@code declinedSince}. */
    List<Intro> excluding(String memberId, Instant declinedSince) {
        return collection.find(and(eq(MEMBER_ID, memberId), or(
                in(STATE, names(IntroState.HOLDING_THE_PAIR)),
                and(eq(STATE, IntroState.DECLINED.name()), gte(DECIDED_AT, date(declinedSince))))))
                .map(Intros::fromDocument).into(new ArrayList<>());
    }

    boolean declinedSince(String seekerId, String targetId, Instant since) {
        return collection.find(and(eq(SEEKER_ID, seekerId), eq(TARGET_ID, targetId),
                eq(STATE, IntroState.DECLINED.name()), gte(DECIDED_AT, date(since)))).first() != null;
    }

    long requestsTo(String targetId, Instant since) {
        return collection.countDocuments(and(eq(TARGET_ID, targetId), gte(OPT_IN_REQUESTED_AT, date(since))));
    }

    /** By target: how many opt-in requests the member's targets received since {@code since}. */
    Map<String, Integer> requestsByTarget(String memberId, Instant since) {
        Map<String, Integer> counts = new HashMap<>();
        collection.find(and(eq(MEMBER_ID, memberId), gte(OPT_IN_REQUESTED_AT, date(since))))
                .projection(new Document(TARGET_ID, 1))
                .forEach(document -> counts.merge(document.getString(TARGET_ID), 1, Integer::sum));
        return counts;
    }

    List<Intro> awaitingAnswerExpiringBy(Instant by) {
        return collection.find(and(eq(STATE, IntroState.OPT_IN_REQUESTED.name()), lte(EXPIRES_AT, date(by))))
                .map(Intros::fromDocument).into(new ArrayList<>());
    }

    List<Intro> unremindedExpiringBetween(Instant after, Instant by) {
        return collection.find(and(eq(STATE, IntroState.OPT_IN_REQUESTED.name()), eq(REMINDED_AT, null),
                gt(EXPIRES_AT, date(after)), lte(EXPIRES_AT, date(by)))).map(Intros::fromDocument)
                .into(new ArrayList<>());
    }

    private static List<String> names(Set<IntroState> states) {
        return states.stream().map(Enum::name).toList();
    }

    private static Document toDocument(Intro intro) {
        boolean holdsPair = IntroState.HOLDING_THE_PAIR.contains(intro.state());
        return new Document(ID, intro.id())
                .append(MEMBER_ID, intro.memberId())
                .append(STATE, intro.state().name())
                .append(SEEKER_ID, intro.seeker().contactId())
                .append(TARGET_ID, intro.target().contactId())
                .append(PAIR_LOCK, holdsPair ? intro.seeker().contactId() + ":" + intro.target().contactId() : intro.id())
                .append(CONNECTOR, toDocument(intro.connector()))
                .append(SEEKER, toDocument(intro.seeker()))
                .append(TARGET, toDocument(intro.target()))
                .append(SELF_INTRODUCTION, intro.selfIntroduction())
                .append(OFFERS, intro.offers())
                .append(ROLE_TITLE, intro.roleTitle())
                .append(MESSAGE, intro.message())
                .append(BLURB, intro.blurb())
                .append(OUTCOME, intro.outcome() == null ? null : intro.outcome().name())
                .append(CREATED_AT, date(intro.createdAt()))
                .append(OPT_IN_REQUESTED_AT, date(intro.optInRequestedAt()))
                .append(EXPIRES_AT, date(intro.expiresAt()))
                .append(REMINDED_AT, date(intro.remindedAt()))
                .append(DECIDED_AT, date(intro.decidedAt()))
                .append(UPDATED_AT, date(intro.updatedAt()))
                .append(REVISION, intro.revision())
                .append(OUTBOX, intro.outbox().stream().map(Intros::toDocument).toList());
    }

    private static Document toDocument(Party party) {
        return new Document("contactId", party.contactId())
                .append("name", party.name())
                .append("givenName", party.givenName())
                .append("email", party.email())
                .append("headline", party.headline())
                .append("locale", party.locale())
                .append("timezone", party.timezone());
    }

    private static Document toDocument(PendingEvent event) {
        return new Document("id", event.id())
                .append("type", event.type())
                .append(STATE, event.state().name())
                .append("occurredAt", date(event.occurredAt()))
                .append("optInUrl", event.optInUrl())
                .append(EXPIRES_AT, date(event.expiresAt()))
                .append(OUTCOME, event.outcome() == null ? null : event.outcome().name())
                .append(TRACEPARENT, event.traceparent());
    }

    private static Intro fromDocument(Document document) {
        return new Intro(document.getString(ID), document.getString(MEMBER_ID),
                IntroState.valueOf(document.getString(STATE)),
                party(document.get(CONNECTOR, Document.class)), party(document.get(SEEKER, Document.class)),
                party(document.get(TARGET, Document.class)), document.getString(SELF_INTRODUCTION),
                document.getString(OFFERS), document.getString(ROLE_TITLE), document.getString(MESSAGE),
                document.getString(BLURB), outcome(document.getString(OUTCOME)), instant(document, CREATED_AT),
                instant(document, OPT_IN_REQUESTED_AT), instant(document, EXPIRES_AT), instant(document, REMINDED_AT),
                instant(document, DECIDED_AT), instant(document, UPDATED_AT),
                document.get(REVISION, Number.class).longValue(),
                document.getList(OUTBOX, Document.class, List.of()).stream().map(Intros::pendingEvent).toList());
    }

    private static Party party(Document document) {
        return new Party(document.getString("contactId"), document.getString("name"),
                document.getString("givenName"), document.getString("email"), document.getString("headline"),
                document.getString("locale"), document.getString("timezone"));
    }

    private static PendingEvent pendingEvent(Document document) {
        return new PendingEvent(document.getString("id"), document.getString("type"),
                IntroState.valueOf(document.getString(STATE)), instant(document, "occurredAt"),
                document.getString("optInUrl"), instant(document, EXPIRES_AT), outcome(document.getString(OUTCOME)),
                document.getString(TRACEPARENT));
    }

    private static Outcome outcome(String name) {
        return name == null ? null : Outcome.valueOf(name);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}

package org.warmintro.referral.intro;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.bson.codecs.pojo.annotations.BsonId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code intro_targets} collection: one document per target who was asked, {@code _id} = the target's contact
 * id, holding the opt-in requests of the cap's window (intro id and instant) and a revision. A proposal reserves its
 * request here before its intro is stored, so that the target's cap holds whatever the number of replicas: the
 * reservation is one write of one document, conditioned on the revision it was decided on, or for a target's first
 * document an insert that the unique {@code _id} lets only one proposal win. No multi-document transaction.
 */
@ApplicationScoped
public class IntroTargets {

    static final String COLLECTION = "intro_targets";

    /**
     * Every lost race is another proposal's reservation or release for the same target, so this many in a row take
     * a crowd of proposals to one person within moments; then the proposal fails rather than spin.
     */
    private static final int ATTEMPTS = 20;

    private static final String ID = "_id";
    private static final String REVISION = "revision";
    private static final String REQUESTS = "requests";

    /** An opt-in request the target received, or is about to. */
    public record Request(String introId, Instant at) {
    }

    /** The document of one target, as the MongoDB driver's codec for records maps it (which needs it public). */
    public record IntroTarget(@BsonId String id, List<Request> requests, long revision) {

        public IntroTarget {
            requests = List.copyOf(requests);
        }
    }

    private final MongoCollection<IntroTarget> collection;
    private final Intros intros;

    IntroTargets(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            Intros intros) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION, IntroTarget.class);
        this.intros = intros;
    }

    /**
     * Takes one of the target's {@code cap} requests in the window ending at {@code at} for the intro, unless they
     * are all taken.
     *
     * @return whether the intro has its request; false when the target was asked {@code cap} times in the window
     */
    boolean reserve(String targetId, String introId, Instant at, int cap) {
        Instant since = at.minus(IntroWorkflow.CAP_WINDOW);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            IntroTarget read = collection.find(eq(ID, targetId)).first();
            // a target without a document (never asked, or asked only before it was kept) starts from their intros
            List<Request> requests = new ArrayList<>(read == null ? intros.requestsTo(targetId, since)
                    : read.requests().stream().filter(request -> !request.at().isBefore(since)).toList());
            if (requests.size() >= cap) {
                return false;
            }
            requests.add(new Request(introId, at));
            if (read == null ? created(new IntroTarget(targetId, requests, 0))
                    : collection.replaceOne(and(eq(ID, targetId), eq(REVISION, read.revision())),
                            new IntroTarget(targetId, requests, read.revision() + 1)).getMatchedCount() == 1) {
                return true;
            }
        }
        throw new IllegalStateException("The requests to target " + targetId + " kept changing under " + ATTEMPTS
                + " attempts to reserve one");
    }

    /** Gives back the request of an intro that was not stored after all. */
    void release(String targetId, String introId) {
        collection.updateOne(eq(ID, targetId),
                Updates.combine(Updates.pull(REQUESTS, eq("introId", introId)), Updates.inc(REVISION, 1L)));
    }

    /** An erased target leaves no trace here; with their profile gone, no proposal writes it again. */
    void forget(String targetId) {
        collection.deleteOne(eq(ID, targetId));
    }

    private boolean created(IntroTarget target) {
        try {
            collection.insertOne(target);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}

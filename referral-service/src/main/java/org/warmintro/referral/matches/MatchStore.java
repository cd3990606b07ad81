package org.warmintro.referral.matches;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code matches} collection (one {@link SeekerMatches} document per seeker, {@code _id} = the seeker's contact
 * id) and the {@code suggestions} collection (one {@link Suggestions} per member, {@code _id} = the member id), both
 * mapped by the MongoDB driver's codec for records: a document's fields are the records' components. Each write
 * replaces one whole document, which MongoDB applies atomically: a reader sees the old list or the new one, never a
 * mix, with no transaction. Every read and write goes by {@code _id}.
 */
@ApplicationScoped
public class MatchStore {

    static final String MATCHES = "matches";
    static final String SUGGESTIONS = "suggestions";

    private static final String ID = "_id";
    private static final String MEMBER_ID = "memberId";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<SeekerMatches> matches;
    private final MongoCollection<Suggestions> suggestions;

    MatchStore(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.matches = mongo.getDatabase(database).getCollection(MATCHES, SeekerMatches.class);
        this.suggestions = mongo.getDatabase(database).getCollection(SUGGESTIONS, Suggestions.class);
    }

    public Optional<SeekerMatches> seekerMatches(String seekerId) {
        return Optional.ofNullable(matches.find(eq(ID, seekerId)).first());
    }

    public Optional<Suggestions> suggestions(String memberId) {
        return Optional.ofNullable(suggestions.find(eq(ID, memberId)).first());
    }

    /** Every stored list of the member's seekers: a scan of the member's lists, for checks rather than requests. */
    List<SeekerMatches> ofMember(String memberId) {
        return matches.find(eq(MEMBER_ID, memberId)).into(new ArrayList<>());
    }

    void store(MemberMatches.Changes changes) {
        changes.replaced().forEach(list -> matches.replaceOne(eq(ID, list.seekerId()), list, UPSERT));
        removeSeekers(changes.removedSeekers());
        changes.suggestions().ifPresent(
                merged -> suggestions.replaceOne(eq(ID, merged.memberId()), merged, UPSERT));
    }

    void removeSeekers(Collection<String> seekerIds) {
        if (!seekerIds.isEmpty()) {
            matches.deleteMany(in(ID, seekerIds));
        }
    }
}

package org.warmintro.referral.matches;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code matches} collection (one document per seeker, {@code _id} = the seeker's contact id) and the
 * {@code suggestions} collection (one per member, {@code _id} = the member id). Each write replaces one whole
 * document, which MongoDB applies atomically: a reader sees the old list or the new one, never a mix, with no
 * transaction. Every read and write goes by {@code _id}.
 */
@ApplicationScoped
public class MatchStore {

    static final String MATCHES = "matches";
    static final String SUGGESTIONS = "suggestions";

    private static final String ID = "_id";
    private static final String MEMBER_ID = "memberId";
    private static final String COMPUTED_AT = "computedAt";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> matches;
    private final MongoCollection<Document> suggestions;

    MatchStore(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.matches = mongo.getDatabase(database).getCollection(MATCHES);
        this.suggestions = mongo.getDatabase(database).getCollection(SUGGESTIONS);
    }

    public Optional<SeekerMatches> seekerMatches(String seekerId) {
        return Optional.ofNullable(matches.find(eq(ID, seekerId)).first()).map(MatchStore::seekerMatches);
    }

    public Optional<Suggestions> suggestions(String memberId) {
        return Optional.ofNullable(suggestions.find(eq(ID, memberId)).first()).map(MatchStore::suggestions);
    }

    void store(MemberMatches.Changes changes) {
        changes.replaced().forEach(list -> matches.replaceOne(eq(ID, list.seekerId()), document(list), UPSERT));
        removeSeekers(changes.removedSeekers());
        changes.suggestions().ifPresent(
                merged -> suggestions.replaceOne(eq(ID, merged.memberId()), document(merged), UPSERT));
    }

    void removeSeekers(Collection<String> seekerIds) {
        if (!seekerIds.isEmpty()) {
            matches.deleteMany(in(ID, seekerIds));
        }
    }

    private static Document document(SeekerMatches list) {
        return new Document(ID, list.seekerId())
                .append(MEMBER_ID, list.memberId())
                .append(COMPUTED_AT, Date.from(list.computedAt()))
                .append("matches", list.matches().stream().map(MatchStore::document).toList());
    }

    private static Document document(Suggestions merged) {
        return new Document(ID, merged.memberId())
                .append(COMPUTED_AT, Date.from(merged.computedAt()))
                .append("suggestions", merged.suggestions().stream()
                        .map(suggestion -> new Document("seekerId", suggestion.seekerId())
                                .append("seekerName", suggestion.seekerName())
                                .append("match", document(suggestion.match())))
                        .toList());
    }

    private static Document document(MatchView match) {
        return new Document("targetId", match.targetId())
                .append("targetName", match.targetName())
                .append("company", match.company())
                .append("roleTitle", match.roleTitle())
                .append("score", match.score())
                .append("otherRoles", match.otherRoles().stream()
                        .map(other -> new Document("title", other.title()).append("score", other.score())).toList())
                .append("signals", signals(match.signals()))
                .append("reasons", match.reasons())
                .append("forDiversity", match.forDiversity());
    }

    private static Document signals(Map<String, Double> signals) {
        Document document = new Document();
        signals.forEach(document::append);
        return document;
    }

    private static SeekerMatches seekerMatches(Document document) {
        return new SeekerMatches(document.getString(ID), document.getString(MEMBER_ID),
                document.getDate(COMPUTED_AT).toInstant(),
                document.getList("matches", Document.class).stream().map(MatchStore::match).toList());
    }

    private static Suggestions suggestions(Document document) {
        return new Suggestions(document.getString(ID), document.getDate(COMPUTED_AT).toInstant(),
                document.getList("suggestions", Document.class).stream()
                        .map(suggestion -> new Suggestion(suggestion.getString("seekerId"),
                                suggestion.getString("seekerName"), match(suggestion.get("match", Document.class))))
                        .toList());
    }

    private static MatchView match(Document document) {
        Map<String, Double> signals = new LinkedHashMap<>();
        document.get("signals", Document.class)
                .forEach((name, value) -> signals.put(name, ((Number) value).doubleValue()));
        // a list stored by an earlier release has none (it gave each role a match of its own) until the member's next
        // profile event rebuilds it
        List<OtherRoleView> otherRoles = document.getList("otherRoles", Document.class, List.of()).stream()
                .map(other -> new OtherRoleView(other.getString("title"), other.getDouble("score"))).toList();
        return new MatchView(document.getString("targetId"), document.getString("targetName"),
                document.getString("company"), document.getString("roleTitle"), document.getDouble("score"),
                otherRoles, signals, document.getList("reasons", String.class), document.getBoolean("forDiversity"));
    }
}

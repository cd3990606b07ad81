package org.warmintro.referral.matches;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The {@code matches} and {@code suggestions} documents keep their shape across the move from hand mapping to the
 * driver's codec for records: the lists stored by an earlier release still read, signals in their usual order, and
 * new ones are stored under the same field names.
 */
@QuarkusTest
class StoredMatchDocumentsTest {

    private static final Instant COMPUTED = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final List<String> SIGNAL_ORDER = List.of("skills", "title", "field", "location", "seniority",
            "influence", "targetRelationship", "seekerRelationship", "balance");

    @Inject
    MatchStore store;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void matchesAndSuggestionsStoredByAnEarlierReleaseStillRead() {
        String seeker = "seeker-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        // as the earlier release wrote them; the oldest lists have no otherRoles
        Document earlierMatch = new Document("targetId", "sofie").append("targetName", "Sofie Peeters")
                .append("company", null).append("roleTitle", "Communication Specialist").append("score", 0.84)
                .append("signals", signals()).append("reasons", List.of("in Brussels"))
                .append("forDiversity", false);
        db().getCollection(MatchStore.MATCHES).insertOne(new Document("_id", seeker).append("memberId", member)
                .append("computedAt", Date.from(COMPUTED)).append("matches", List.of(earlierMatch)));
        db().getCollection(MatchStore.SUGGESTIONS).insertOne(new Document("_id", member)
                .append("computedAt", Date.from(COMPUTED)).append("suggestions", List.of(
                        new Document("seekerId", seeker).append("seekerName", "Annie Wang")
                                .append("match", earlierMatch))));

        MatchView expected = new MatchView("sofie", "Sofie Peeters", null, "Communication Specialist", 0.84,
                List.of(), signalValues(), List.of("in Brussels"), false);
        SeekerMatches matches = store.seekerMatches(seeker).orElseThrow();
        assertThat(matches).isEqualTo(new SeekerMatches(seeker, member, COMPUTED, List.of(expected)));
        assertThat(matches.matches().get(0).signals().keySet()).containsExactlyElementsOf(SIGNAL_ORDER);
        assertThat(store.suggestions(member)).contains(new Suggestions(member, COMPUTED,
                List.of(new Suggestion(seeker, "Annie Wang", expected))));
    }

    @Test
    void newListsAreStoredUnderTheFieldNamesOfTheEarlierRelease() {
        String seeker = "seeker-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        MatchView match = new MatchView("sofie", "Sofie Peeters", "Scheldt Media", "Communication Specialist", 0.84,
                List.of(new OtherRoleView("Copywriter", 0.7)), signalValues(), List.of("in Brussels"), true);

        store.store(new MemberMatches.Changes(List.of(new SeekerMatches(seeker, member, COMPUTED, List.of(match))),
                Set.of(), Optional.of(new Suggestions(member, COMPUTED,
                        List.of(new Suggestion(seeker, "Annie Wang", match)))), 1));

        Document stored = db().getCollection(MatchStore.MATCHES).find(eq("_id", seeker)).first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "memberId", "computedAt", "matches");
        assertThat(stored.getDate("computedAt")).isEqualTo(Date.from(COMPUTED));
        Document storedMatch = stored.getList("matches", Document.class).get(0);
        assertThat(storedMatch.keySet()).containsExactlyInAnyOrder("targetId", "targetName", "company", "roleTitle",
                "score", "otherRoles", "signals", "reasons", "forDiversity");
        assertThat(storedMatch.getList("otherRoles", Document.class)).singleElement()
                .isEqualTo(new Document("title", "Copywriter").append("score", 0.7));
        assertThat(storedMatch.get("signals", Document.class).keySet()).containsExactlyElementsOf(SIGNAL_ORDER);
        Document suggestions = db().getCollection(MatchStore.SUGGESTIONS).find(eq("_id", member)).first();
        assertThat(suggestions.keySet()).containsExactlyInAnyOrder("_id", "computedAt", "suggestions");
        assertThat(suggestions.getList("suggestions", Document.class)).singleElement()
                .satisfies(suggestion -> assertThat(suggestion.keySet())
                        .containsExactlyInAnyOrder("seekerId", "seekerName", "match"));
    }

    private MongoDatabase db() {
        return mongo.getDatabase(database);
    }

    private static Document signals() {
        Document signals = new Document();
        signalValues().forEach(signals::append);
        return signals;
    }

    private static Map<String, Double> signalValues() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int index = 0; index < SIGNAL_ORDER.size(); index++) {
            values.put(SIGNAL_ORDER.get(index), 0.1 * (index + 1));
        }
        return values;
    }
}

package org.warmintro.referral.intro;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.quarkus.test.junit.QuarkusTest;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The {@code intros} documents keep their shape across the move from hand mapping to the driver's codec for records:
 * an intro stored by an earlier release still reads, and a new one is stored under the field names the queries, the
 * indexes and the earlier release use. The documents with events are decoded and encoded in memory, with the
 * service's codecs: stored, their events would go to the relay, which removes them once published.
 */
@QuarkusTest
class StoredIntroDocumentsTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final Instant REQUESTED = CREATED.plusSeconds(60);
    private static final Instant EXPIRES = REQUESTED.plusSeconds(14 * 24 * 3600);
    private static final DecoderContext DECODING = DecoderContext.builder().build();
    private static final EncoderContext ENCODING = EncoderContext.builder().build();

    @Inject
    Intros intros;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void anIntroStoredByAnEarlierReleaseStillReads() {
        String id = UUID.randomUUID().toString();
        String seeker = "seeker-" + id;
        String target = "target-" + id;
        String eventId = UUID.randomUUID().toString();
        // the document exactly as the hand mapping of the earlier release wrote it, explicit nulls included
        Document earlier = new Document("_id", id)
                .append("memberId", "member-" + id)
                .append("state", "OPT_IN_REQUESTED")
                .append("seekerId", seeker)
                .append("targetId", target)
                .append("pairLock", seeker + ":" + target)
                .append("connector", party(null, "Chris Connector", "Chris", "chris@example.org", null))
                .append("seeker", party(seeker, "Annie Wang", "Annie", "annie@example.org", "Ph.D. candidate"))
                .append("target", party(target, "Lena Maes", "Lena", "lena@example.org", "Head of content"))
                .append("selfIntroduction", "I write.")
                .append("offers", "Formatting.")
                .append("roleTitle", "Content Writer")
                .append("message", null)
                .append("blurb", "Annie writes.")
                .append("outcome", null)
                .append("createdAt", Date.from(CREATED))
                .append("optInRequestedAt", Date.from(REQUESTED))
                .append("expiresAt", Date.from(EXPIRES))
                .append("remindedAt", null)
                .append("decidedAt", null)
                .append("updatedAt", Date.from(REQUESTED))
                .append("revision", 2L)
                .append("outbox", List.of(new Document("id", eventId)
                        .append("type", PendingEvent.OPT_IN_REQUESTED)
                        .append("state", "OPT_IN_REQUESTED")
                        .append("occurredAt", Date.from(REQUESTED))
                        .append("optInUrl", "https://example.org/optin/t")
                        .append("expiresAt", Date.from(EXPIRES))
                        .append("outcome", null)
                        .append("traceparent", null)));

        Intro read = registry().get(Intro.class).decode(
                new BsonDocumentReader(earlier.toBsonDocument(Document.class, registry())), DECODING);

        assertThat(read).isEqualTo(new Intro(id, "member-" + id, IntroState.OPT_IN_REQUESTED,
                new Party(null, "Chris Connector", "Chris", "chris@example.org", null, "en", "Europe/Brussels"),
                new Party(seeker, "Annie Wang", "Annie", "annie@example.org", "Ph.D. candidate", "en",
                        "Europe/Brussels"),
                new Party(target, "Lena Maes", "Lena", "lena@example.org", "Head of content", "en",
                        "Europe/Brussels"),
                "I write.", "Formatting.", "Content Writer", null, "Annie writes.", null, CREATED, REQUESTED, EXPIRES,
                null, null, REQUESTED, 2L, List.of(new PendingEvent(eventId, PendingEvent.OPT_IN_REQUESTED,
                        IntroState.OPT_IN_REQUESTED, REQUESTED, "https://example.org/optin/t", EXPIRES, null, null))));
    }

    @Test
    void aNewIntroIsStoredUnderTheFieldNamesOfTheQueriesAndTheIndexes() {
        String id = UUID.randomUUID().toString();
        String seeker = "seeker-" + id;
        String target = "target-" + id;
        Intro proposed = new Intro(id, "member-" + id, IntroState.PROPOSED,
                Party.connector("Chris Connector", "Chris", "chris@example.org", "en", "Europe/Brussels"),
                new Party(seeker, "Annie Wang", "Annie", "annie@example.org", null, "en", "Europe/Brussels"),
                new Party(target, "Lena Maes", "Lena", "lena@example.org", null, "en", "Europe/Brussels"),
                "I write.", null, null, "Hi Lena", "Annie writes.", null, CREATED, null, null, null, null, CREATED,
                0L, List.of());

        intros.insert(proposed);

        Document stored = collection().find(eq("_id", id)).first();
        assertThat(stored).containsEntry("memberId", "member-" + id).containsEntry("state", "PROPOSED")
                .containsEntry("seekerId", seeker).containsEntry("targetId", target)
                .containsEntry("pairLock", seeker + ":" + target).containsEntry("createdAt", Date.from(CREATED))
                .containsEntry("revision", 0L).containsEntry("message", "Hi Lena")
                .containsKeys("connector", "seeker", "target", "selfIntroduction", "blurb", "updatedAt");
        assertThat(stored.get("seeker", Document.class)).containsEntry("contactId", seeker)
                .containsEntry("givenName", "Annie");
        assertThat(intros.find(id)).contains(proposed);
        assertThat(intros.naming(seeker)).extracting(Intro::id).containsExactly(id);
    }

    @Test
    void aPendingEventIsStoredUnderTheFieldNamesTheRelayReads() {
        PendingEvent event = PendingEvent.optIn(PendingEvent.OPT_IN_REQUESTED, REQUESTED, "https://example.org/o",
                EXPIRES);
        BsonDocument stored = new BsonDocument();

        registry().get(PendingEvent.class).encode(new BsonDocumentWriter(stored), event, ENCODING);

        assertThat(stored.getString("id").getValue()).isEqualTo(event.id());
        assertThat(stored.getString("type").getValue()).isEqualTo(PendingEvent.OPT_IN_REQUESTED);
        assertThat(stored.getString("state").getValue()).isEqualTo("OPT_IN_REQUESTED");
        assertThat(stored.getDateTime("occurredAt").getValue()).isEqualTo(REQUESTED.toEpochMilli());
        assertThat(stored.getDateTime("expiresAt").getValue()).isEqualTo(EXPIRES.toEpochMilli());
        assertThat(stored.getString("optInUrl").getValue()).isEqualTo("https://example.org/o");
    }

    private CodecRegistry registry() {
        return mongo.getDatabase(database).getCodecRegistry();
    }

    private MongoCollection<Document> collection() {
        return mongo.getDatabase(database).getCollection(Intros.COLLECTION);
    }

    private static Document party(String contactId, String name, String givenName, String email, String headline) {
        return new Document("contactId", contactId).append("name", name).append("givenName", givenName)
                .append("email", email).append("headline", headline).append("locale", "en")
                .append("timezone", "Europe/Brussels");
    }
}

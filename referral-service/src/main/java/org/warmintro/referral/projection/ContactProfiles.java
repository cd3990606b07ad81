package org.warmintro.referral.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import io.quarkus.runtime.StartupEvent;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmintro.contracts.network.ContactUpserted;

/**
 * The {@code contact_profiles} collection: one document per contact, the fields of its latest snapshot as the JSON of
 * {@code network.contact.upserted.v1} has them, but {@code _id} for the contact id and a date for {@code updatedAt}
 * (the shape stored since the projection began, so that the documents stored before read the same).
 *
 * <p>Every write touches a single document by {@code _id}, so it needs no transaction and is idempotent.
 */
@ApplicationScoped
public class ContactProfiles {

    static final String COLLECTION = "contact_profiles";

    private static final String ID = "_id";
    private static final String MEMBER_ID = "memberId";
    private static final String VERSION = "version";
    private static final String CONTACT_ID = "contactId";
    private static final String UPDATED_AT = "updatedAt";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .build();
    /** A compare-and-set lost this many times in a row means something other than a race. */
    private static final int CAS_ATTEMPTS = 5;

    private final MongoCollection<Document> collection;
    private final ObjectMapper json;

    ContactProfiles(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database,
            ObjectMapper json) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION);
        this.json = json;
    }

    /** How a snapshot compares with the copy stored before it was offered. */
    public enum Storing {
        /** It was newer (or the first) and is stored now. */
        STORED,
        /** The same version was stored already: a redelivery. */
        ALREADY_STORED,
        /** A newer version is stored; nothing changed. */
        OUTDATED
    }

    /**
     * Stores the profile unless the stored one has the same or a greater version: a compare-and-set on the stored
     * version, so that a replica still applying an older snapshot never overwrites a newer one another stored.
     */
    public Storing storeIfNewer(ContactProfile profile) {
        Document document = toDocument(json, profile);
        for (int attempt = 1; ; attempt++) {
            Document stored = collection.find(eq(ID, profile.contactId())).projection(Projections.include(VERSION))
                    .first();
            if (stored == null) {
                try {
                    collection.insertOne(document);
                    return Storing.STORED;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || attempt == CAS_ATTEMPTS) {
                        throw e;
                    }
                    continue;
                }
            }
            long storedVersion = ((Number) stored.get(VERSION)).longValue();
            if (storedVersion >= profile.version()) {
                return storedVersion == profile.version() ? Storing.ALREADY_STORED : Storing.OUTDATED;
            }
            // {_id, version} is the unique index's key, which the MongoDB-protocol server of the tests needs in
            // order to find the document without a scan; MongoDB finds it by _id either way
            if (collection.replaceOne(and(eq(ID, profile.contactId()), eq(VERSION, storedVersion)), document)
                    .getMatchedCount() == 1) {
                return Storing.STORED;
            }
            if (attempt == CAS_ATTEMPTS) {
                throw new IllegalStateException("Contact " + profile.contactId() + " kept changing under version "
                        + profile.version());
            }
        }
    }

    /** The member whose network holds the stored profile, if this service has it. */
    public Optional<String> memberOf(String contactId) {
        return Optional.ofNullable(collection.find(eq(ID, contactId)).projection(Projections.include(MEMBER_ID))
                .first()).map(document -> document.getString(MEMBER_ID));
    }

    /** Erases the person's profile and answers the member whose network held it, if this service had it. */
    public Optional<String> erase(String contactId) {
        return Optional.ofNullable(collection.findOneAndDelete(eq(ID, contactId)))
                .map(erased -> erased.getString(MEMBER_ID));
    }

    public Optional<ContactProfile> find(String contactId) {
        return Optional.ofNullable(collection.find(eq(ID, contactId)).first()).map(document -> fromDocument(json, document));
    }

    /**
     * Every profile of the member's network. Served by the {@code memberId} index on MongoDB; a full scan on the
     * MongoDB-protocol server of the tests, which ignores non-unique indexes. Meant for rebuilding derived state once,
     * not for a request path.
     */
    public List<ContactProfile> findByMember(String memberId) {
        return collection.find(eq(MEMBER_ID, memberId)).map(document -> fromDocument(json, document)).into(new ArrayList<>());
    }

    void createIndexes(@Observes StartupEvent startup) {
        collection.createIndex(Indexes.ascending(MEMBER_ID));
        collection.createIndex(Indexes.ascending(ID, VERSION), new IndexOptions().unique(true));
    }

    /** The profile from its document, whose {@code _id} is the contact id and {@code updatedAt} a date. */
    static ContactProfile fromDocument(ObjectMapper json, Document document) {
        Document card = new Document(CONTACT_ID, document.getString(ID));
        document.forEach((field, value) -> {
            if (!ID.equals(field)) {
                card.put(field, value instanceof Date date ? date.toInstant().toString() : value);
            }
        });
        try {
            return new ContactProfile(json.readValue(card.toJson(RELAXED), ContactUpserted.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored profile of contact " + document.getString(ID)
                    + " does not fit network.contact.upserted.v1: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The snapshot's fields as its JSON has them, but {@code _id} for the contact id, a date for updatedAt and a long
     * for the version, which the stored documents always had.
     */
    static Document toDocument(ObjectMapper json, ContactProfile profile) {
        Document card;
        try {
            card = Document.parse(json.writeValueAsString(profile.card()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile cannot be written as JSON", e);
        }
        Document document = new Document(ID, card.remove(CONTACT_ID));
        card.forEach(document::put);
        document.put(VERSION, profile.version());
        document.put(UPDATED_AT, Date.from(profile.updatedAt()));
        return document;
    }
}

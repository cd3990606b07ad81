package org.warmintro.referral.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.runtime.StartupEvent;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code contact_profiles} collection: one document per contact, {@code _id} = contact id, with the snapshot's
 * other fields stored beside the ones {@link ContactProfile} names.
 *
 * <p>Every write touches a single document by {@code _id}, so it needs no transaction and is idempotent.
 */
@ApplicationScoped
public class ContactProfiles {

    static final String COLLECTION = "contact_profiles";

    private static final String ID = "_id";
    private static final String MEMBER_ID = "memberId";
    private static final String VERSION = "version";
    private static final String FULL_NAME = "fullName";
    private static final String EMAIL = "email";
    private static final String UPDATED_AT = "updatedAt";
    private static final List<String> KNOWN_FIELDS = List.of(ID, MEMBER_ID, VERSION, FULL_NAME, EMAIL, UPDATED_AT);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;

    ContactProfiles(MongoClient mongo, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION);
    }

    /**
     * Stores the profile unless the stored one has the same or a greater version.
     *
     * @return whether the profile was stored
     */
    public boolean storeIfNewer(ContactProfile profile) {
        try {
            collection.replaceOne(and(eq(ID, profile.contactId()), lt(VERSION, profile.version())),
                    toDocument(profile), UPSERT);
            return true;
        } catch (MongoWriteException e) {
            // the filter missed because the stored version is not older, so the upsert collided with that _id
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Erases the person's profile and answers the member whose network held it, if this service had it. */
    public Optional<String> erase(String contactId) {
        return Optional.ofNullable(collection.findOneAndDelete(eq(ID, contactId)))
                .map(erased -> erased.getString(MEMBER_ID));
    }

    public Optional<ContactProfile> find(String contactId) {
        return Optional.ofNullable(collection.find(eq(ID, contactId)).first()).map(ContactProfiles::fromDocument);
    }

    /**
     * Every profile of the member's network. Served by the {@code memberId} index on MongoDB; a full scan on the
     * MongoDB-protocol server of the tests, which ignores non-unique indexes. Meant for rebuilding derived state once,
     * not for a request path.
     */
    public List<ContactProfile> findByMember(String memberId) {
        return collection.find(eq(MEMBER_ID, memberId)).map(ContactProfiles::fromDocument).into(new ArrayList<>());
    }

    void createIndexes(@Observes StartupEvent startup) {
        collection.createIndex(Indexes.ascending(MEMBER_ID));
    }

    private static ContactProfile fromDocument(Document document) {
        Map<String, Object> otherFields = new LinkedHashMap<>(document);
        KNOWN_FIELDS.forEach(otherFields::remove);
        Date updatedAt = document.getDate(UPDATED_AT);
        return new ContactProfile(document.getString(ID), document.getString(MEMBER_ID),
                document.get(VERSION, Number.class).longValue(), document.getString(FULL_NAME),
                document.getString(EMAIL), updatedAt == null ? null : updatedAt.toInstant(), otherFields);
    }

    private static Document toDocument(ContactProfile profile) {
        Document document = new Document(ID, profile.contactId())
                .append(MEMBER_ID, profile.memberId())
                .append(VERSION, profile.version())
                .append(FULL_NAME, profile.fullName())
                .append(EMAIL, profile.email())
                .append(UPDATED_AT, profile.updatedAt() == null ? null : Date.from(profile.updatedAt()));
        profile.otherFields().forEach(document::putIfAbsent);
        return document;
    }
}

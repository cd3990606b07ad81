package org.warmintro.referral.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
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

    public void erase(String contactId) {
        collection.deleteOne(eq(ID, contactId));
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

package org.warmintro.contacts.search;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The text that {@code GET /contacts?q=} searches ({@link ContactSearch}): each card's words, weighted by where they
 * stand, and those of its notes, kept in the card's {@code search_vector} by whatever changes them.
 */
@ApplicationScoped
public class SearchDocuments {

    private final EntityManager entityManager;

    SearchDocuments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Rebuilds the search text of one card, after a change to it or to its notes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID contactId) {
        refresh(List.of(contactId));
    }

    /** Rebuilds the search text of many cards in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                update contact c set search_vector =
                    setweight(to_tsvector('contact_search', coalesce(c.full_name, '')), 'A')
                 || setweight(to_tsvector('contact_search', coalesce(c.title, '') || ' ' || coalesce(c.company, '')
                        || ' ' || coalesce(c.headline, '') || ' ' || coalesce(c.field, '')), 'B')
                 || setweight(to_tsvector('contact_search', coalesce(c.location, '')), 'C')
                 || setweight(to_tsvector('contact_search', array_to_string(c.skills, ' ')
                        || ' ' || array_to_string(c.tags, ' ')), 'B')
                 || setweight(to_tsvector('contact_search', coalesce(
                        (select string_agg(n.body, ' ') from contact_note n where n.contact_id = c.id), '')), 'C')
                where c.id in (:ids)
                """).setParameter("ids", contactIds).executeUpdate();
    }
}

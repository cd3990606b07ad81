package org.warmintro.contacts.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.warmintro.contacts.contact.Contact;
import org.warmintro.contacts.contact.ContactBook;
import org.warmintro.contacts.contact.ContactView;
import org.warmintro.contacts.contact.Page;
import org.warmintro.contacts.skill.SkillNormaliser;

/**
 * Finds cards in a member's network: PostgreSQL full-text search (one accent- and case-insensitive configuration,
 * {@code contact_search}, over a GIN index) ranked by {@code ts_rank}, with exact filters beside it.
 */
@ApplicationScoped
public class ContactSearch {

    private final EntityManager entityManager;
    private final ContactBook book;
    private final SkillNormaliser skillNormaliser;

    ContactSearch(EntityManager entityManager, ContactBook book, SkillNormaliser skillNormaliser) {
        this.entityManager = entityManager;
        this.book = book;
        this.skillNormaliser = skillNormaliser;
    }

    @Transactional
    public Page<ContactView> search(String memberId, SearchQuery query) {
        List<String> conditions = new ArrayList<>(List.of("c.member_id = :member"));
        Map<String, Object> values = new HashMap<>(Map.of("member", memberId));
        String textQuery = prefixQuery(query.q());
        if (textQuery != null) {
            conditions.add("c.search_vector @@ to_tsquery('contact_search', :query)");
            values.put("query", textQuery);
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            conditions.add("c.tags @> array[cast(:tag as text)]");
            values.put("tag", query.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (query.skill() != null && !query.skill().isBlank()) {
            conditions.add("c.skills @> array[cast(:skill as text)]");
            values.put("skill", skillNormaliser.normalise(query.skill()));
        }
        if (query.company() != null && !query.company().isBlank()) {
            conditions.add("lower(c.company) = lower(:company)");
            values.put("company", query.company().strip());
        }
        if (query.hiring() != null) {
            String hasOpenRoles = "coalesce(jsonb_array_length(c.hiring -> 'openRoles'), 0) > 0";
            conditions.add(query.hiring() ? hasOpenRoles : "not (" + hasOpenRoles + ")");
        }
        if (query.seeking() != null) {
            String activeSeeker = "coalesce(c.seeking ->> 'status', '') = 'ACTIVE'";
            conditions.add(query.seeking() ? activeSeeker : "not (" + activeSeeker + ")");
        }
        String where = String.join(" and ", conditions);

        // one scan gives the page and the total; the cards are then read by primary key
        Query page = entityManager.createNativeQuery("select cast(c.id as text), count(*) over () from contact c where "
                + where + " order by " + order(query.sort(), textQuery != null));
        values.forEach(page::setParameter);
        page.setFirstResult(query.page() * query.size()).setMaxResults(query.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        long total = rows.isEmpty() ? count(where, values) : ((Number) rows.get(0)[1]).longValue();
        List<UUID> ids = rows.stream().map(row -> UUID.fromString((String) row[0])).toList();
        Map<UUID, Contact> cards = Contact.<Contact>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(contact -> contact.id, Function.identity()));
        List<Contact> contacts = ids.stream().map(cards::get).toList();
        return new Page<>(contacts.stream().map(book::view).toList(), query.page(), query.size(), total);
    }

    /** The total alone, for a page past the last one. */
    private long count(String where, Map<String, Object> values) {
        Query count = entityManager.createNativeQuery("select count(*) from contact c where " + where, Long.class);
        values.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static String order(String sort, boolean hasText) {
        String chosen = sort != null ? sort : hasText ? "relevance" : "name";
        return switch (chosen) {
            case "relevance" -> hasText
                    ? "ts_rank(c.search_vector, to_tsquery('contact_search', :query)) desc, c.full_name, c.id"
                    : "c.full_name, c.id";
            case "updatedAt" -> "c.updated_at, c.id";
            case "-updatedAt" -> "c.updated_at desc, c.id";
            default -> "c.full_name, c.id";
        };
    }

    /**
     * Turns what a person typed into a query where every word must match, each as the start of a word ("annie brux"
     * finds "Annie ... Bruxelles"); everything but letters and digits separates words, so input cannot inject
     * tsquery operators.
     */
    static String prefixQuery(String q) {
        if (q == null) {
            return null;
        }
        String unaccented = Normalizer.normalize(q, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String terms = Arrays.stream(unaccented.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(term -> !term.isEmpty())
                .limit(12)
                .map(term -> term + ":*")
                .collect(Collectors.joining(" & "));
        return terms.isEmpty() ? null : terms;
    }
}

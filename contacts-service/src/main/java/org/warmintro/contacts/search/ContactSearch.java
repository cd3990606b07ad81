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

    /** The most matches a search counts: past it, the page says "1,000+" ({@link Page#totalIsCapped}). */
    public static final int COUNT_CAP = 1_000;

    /** One page of the cards that match, and how many match up to {@link #COUNT_CAP}; read without a transaction. */
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

        Query page = entityManager.createNativeQuery("select cast(c.id as text) from contact c where " + where
                + " order by " + order(query.sort(), textQuery != null));
        values.forEach(page::setParameter);
        int offset = query.page() * query.size();
        page.setFirstResult(offset).setMaxResults(query.size());
        @SuppressWarnings("unchecked")
        List<String> rows = page.getResultList();
        // a short page that is not past the end tells the total without counting
        long total = rows.size() < query.size() && (!rows.isEmpty() || offset == 0) ? offset + rows.size()
                : cappedCount(where, values);
        List<UUID> ids = rows.stream().map(UUID::fromString).toList();
        Map<UUID, Contact> cards = ids.isEmpty() ? Map.of() : Contact.<Contact>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(contact -> contact.id, Function.identity()));
        List<Contact> contacts = ids.stream().map(cards::get).toList();
        return new Page<>(contacts.stream().map(book::view).toList(), query.page(), query.size(),
                Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    /**
     * How many cards match, counted up to one past {@link #COUNT_CAP}: an exact count of a word most cards share would
     * read every one of them, for a figure nobody needs beyond "1,000+".
     */
    private long cappedCount(String where, Map<String, Object> values) {
        Query count = entityManager.createNativeQuery("select count(*) from (select 1 from contact c where " + where
                + " limit " + (COUNT_CAP + 1) + ") capped", Long.class);
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

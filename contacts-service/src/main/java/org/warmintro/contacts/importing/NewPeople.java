package org.warmintro.contacts.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.warmintro.contacts.contact.Contact;
import org.warmintro.contacts.contact.ContactRequest;

/**
 * Counts the people of a file that an import would add to a network, telling people apart as {@link ChunkCards}
 * will: a person whose email address or profile URL (for a person with neither, whose name) is on a card of the
 * network, or on a person earlier in the file, joins that card rather than taking a place of their own. It keeps the
 * keys of the file's people, never more than an import's people.
 */
final class NewPeople {

    private final String memberId;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> profileUrls = new HashSet<>();
    private final Set<String> namesOfNewCards = new HashSet<>();
    private long count;

    NewPeople(String memberId) {
        this.memberId = memberId;
    }

    /** Takes in the next chunk of the file's valid people, in file order, in the caller's transaction. */
    void take(List<ImportedPerson> chunk) {
        List<ContactRequest> cards = chunk.stream().map(ImportedPerson::card).toList();
        Set<String> emailsOfTheNetwork = onCards("email", cards.stream().map(ContactRequest::email));
        Set<String> profileUrlsOfTheNetwork = onCards("profile_url", cards.stream().map(ContactRequest::profileUrl));
        Set<String> namesOfTheNetwork = onCards("full_name", cards.stream()
                .filter(card -> card.email() == null && card.profileUrl() == null).map(ContactRequest::fullName));
        for (ContactRequest card : cards) {
            boolean known = card.email() != null
                    && (emails.contains(card.email()) || emailsOfTheNetwork.contains(card.email()))
                    || card.profileUrl() != null && (profileUrls.contains(card.profileUrl())
                            || profileUrlsOfTheNetwork.contains(card.profileUrl()))
                    || card.email() == null && card.profileUrl() == null && (namesOfNewCards.contains(card.fullName())
                            || namesOfTheNetwork.contains(card.fullName()));
            if (!known) {
                count++;
                namesOfNewCards.add(card.fullName());
            }
            if (card.email() != null) {
                emails.add(card.email());
            }
            if (card.profileUrl() != null) {
                profileUrls.add(card.profileUrl());
            }
        }
    }

    long count() {
        return count;
    }

    /** Which of {@code values} a card of the member has in {@code column}: one index lookup each. */
    private Set<String> onCards(String column, Stream<String> values) {
        String[] wanted = values.filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = Contact.getEntityManager().createNativeQuery("""
                select wanted.value from unnest(cast(:values as text[])) as wanted(value)
                where exists (select 1 from contact where member_id = :member and %s = wanted.value)
                """.formatted(column), String.class)
                .setParameter("values", wanted).setParameter("member", memberId).getResultList();
        return Set.copyOf(found);
    }
}

package org.warmintro.contacts.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.warmintro.contacts.contact.Contact;
import org.warmintro.contacts.contact.ContactBook;
import org.warmintro.contacts.contact.ContactRequest;
import org.warmintro.contacts.note.Note;

/**
 * The cards that one chunk of an import is about: the member's cards that its people name by email, by profile URL
 * or, for people with neither, by full name, read with one query each; and the cards that the chunk adds. It tells
 * which card a person of the file is, so that an import never duplicates a card, not even one it added itself.
 */
final class ChunkCards {

    /** A card as the chunk leaves it. */
    static final class Card {

        /** The card in the database; for a card that the chunk adds, null until it is written. */
        Contact contact;
        ContactRequest fields;
        boolean fieldsChanged;
        /** The line of the file that named the card first in this import; null while none has. */
        Integer firstLine;
        /** The bodies of the card's notes, so that a file adds a note once, however often it is imported. */
        final Set<String> notes = new HashSet<>();
        final List<String> newNotes = new ArrayList<>();

        private Card(Contact contact, ContactRequest fields) {
            this.contact = contact;
            this.fields = fields;
        }

        /** Takes in what the file says of the person; answers whether that changed anything. */
        private boolean merge(ImportedPerson person) {
            ContactRequest merged = merged(fields, person.card());
            boolean changed = !merged.equals(fields);
            fields = merged;
            fieldsChanged |= changed;
            return addNote(person.note()) || changed;
        }

        private boolean addNote(String note) {
            if (note == null || !notes.add(note)) {
                return false;
            }
            newNotes.add(note);
            return true;
        }
    }

    private final List<Card> existing = new ArrayList<>();
    private final List<Card> added = new ArrayList<>();
    private final Map<String, Card> byEmail = new HashMap<>();
    private final Map<String, Card> byProfileUrl = new HashMap<>();
    private final Map<String, Set<Card>> byName = new HashMap<>();

    private ChunkCards() {
    }

    /**
     * Reads the member's cards that the people of the chunk may be, in the caller's transaction; {@code firstLineOf}
     * tells the line of the file that named a card first in the chunks before, if any.
     */
    static ChunkCards read(String memberId, List<ImportedPerson> people, ContactBook book,
            Function<UUID, Integer> firstLineOf) {
        List<ContactRequest> lines = people.stream().map(ImportedPerson::card).toList();
        Map<UUID, Contact> found = new LinkedHashMap<>();
        findInto(found, memberId, "email", lines.stream().map(ContactRequest::email));
        findInto(found, memberId, "profile_url", lines.stream().map(ContactRequest::profileUrl));
        findInto(found, memberId, "full_name", lines.stream()
                .filter(line -> line.email() == null && line.profileUrl() == null).map(ContactRequest::fullName));

        ChunkCards cards = new ChunkCards();
        Map<UUID, Card> byId = new HashMap<>();
        for (Contact contact : found.values()) {
            Card card = new Card(contact, book.asRequest(contact));
            card.firstLine = firstLineOf.apply(contact.id);
            cards.existing.add(card);
            cards.index(card);
            byId.put(contact.id, card);
        }
        if (!byId.isEmpty() && people.stream().anyMatch(person -> person.note() != null)) {
            Note.<Note>list("contactId in ?1", byId.keySet()).forEach(note -> byId.get(note.contactId).notes.add(note.body));
        }
        return cards;
    }

    /**
     * Adds the member's cards whose {@code column} has one of {@code values}, looking each value up in the index that
     * starts with the member. A plain "in" list would leave the choice to the planner, which, while an import is still
     * growing a network that its statistics know nothing of, scans all the member's cards for every chunk instead.
     */
    private static void findInto(Map<UUID, Contact> found, String memberId, String column, Stream<String> values) {
        String[] wanted = values.filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return;
        }
        // "offset 0" keeps the subquery from being merged into a join: it stays one index lookup per value
        @SuppressWarnings("unchecked")
        List<Contact> contacts = Contact.getEntityManager().createNativeQuery("""
                select c.* from unnest(cast(:values as text[])) as wanted(value)
                cross join lateral (select * from contact where member_id = :member and %s = wanted.value offset 0) c
                """.formatted(column), Contact.class)
                .setParameter("values", wanted).setParameter("member", memberId).getResultList();
        contacts.forEach(contact -> found.putIfAbsent(contact.id, contact));
    }

    /**
     * Finds the person's card and takes in what the file says of them, or adds a card; counts what that did, and
     * reports what the card leaves out and a person whom an earlier line of the file named already.
     */
    void take(ImportedPerson person, Tally tally) {
        ContactRequest line = person.card();
        Card byEmail = line.email() == null ? null : this.byEmail.get(line.email());
        Card byProfileUrl = line.profileUrl() == null ? null : this.byProfileUrl.get(line.profileUrl());
        if (byEmail != null && byProfileUrl != null && byEmail != byProfileUrl) {
            tally.error(person.line(), "the email address is that of " + byEmail.fields.fullName()
                    + " and the profile URL that of " + byProfileUrl.fields.fullName() + ", two contacts of your network");
            return;
        }
        Card card = byEmail != null ? byEmail : byProfileUrl;
        if (card == null && line.email() == null && line.profileUrl() == null) {
            Set<Card> named = byName.getOrDefault(line.fullName(), Set.of());
            if (named.size() > 1) {
                tally.error(person.line(), named.size() + " contacts of your network are called " + line.fullName()
                        + "; an email address would tell which one this is");
                return;
            }
            card = named.stream().findFirst().orElse(null);
        }
        person.leftOut().forEach(reason -> tally.warning(person.line(), reason));
        if (card == null) {
            Card newCard = new Card(null, line);
            newCard.firstLine = person.line();
            newCard.addNote(person.note());
            added.add(newCard);
            index(newCard);
            tally.created();
            return;
        }
        if (card.firstLine == null) {
            card.firstLine = person.line();
        } else {
            String same = byEmail != null ? "the same email address"
                    : byProfileUrl != null ? "the same profile URL" : "the same name, and no email address or profile URL";
            tally.warning(person.line(), "the same person as line %d (%s)".formatted(card.firstLine, same));
        }
        if (card.merge(person)) {
            index(card);
            tally.updated();
        } else {
            tally.skipped();
        }
    }

    /** The cards to create, in the order of the file. */
    List<Card> added() {
        return added;
    }

    /** The member's cards whose fields the chunk changed. */
    List<Card> changed() {
        return existing.stream().filter(card -> card.fieldsChanged).toList();
    }

    /** The cards that lines of the chunk named, once written, by the line that named each first. */
    Map<UUID, Integer> firstLines() {
        Map<UUID, Integer> lines = new HashMap<>();
        Stream.of(existing, added).flatMap(Collection::stream).filter(card -> card.firstLine != null)
                .forEach(card -> lines.put(card.contact.id, card.firstLine));
        return lines;
    }

    List<Card> withNewNotes() {
        return Stream.of(existing, added).flatMap(Collection::stream).filter(card -> !card.newNotes.isEmpty()).toList();
    }

    /**
     * Files the card under its email, profile URL and name. A value it had stays filed under it: no other card may
     * take that value in this chunk, whose writes the database checks only when they are flushed together.
     */
    private void index(Card card) {
        if (card.fields.email() != null) {
            byEmail.putIfAbsent(card.fields.email(), card);
        }
        if (card.fields.profileUrl() != null) {
            byProfileUrl.putIfAbsent(card.fields.profileUrl(), card);
        }
        byName.computeIfAbsent(card.fields.fullName(), name -> new LinkedHashSet<>()).add(card);
    }

    /**
     * The card with what the file says of the person: the file's values win, but the card keeps its name (and takes
     * the file's given name only if it has none), its email address (the member may know a better one), everything
     * the file does not mention, and the later of the two dates of the last interaction.
     */
    private static ContactRequest merged(ContactRequest card, ContactRequest file) {
        return card.toBuilder()
                .givenName(card.givenName() != null ? card.givenName() : file.givenName())
                .email(card.email() != null ? card.email() : file.email())
                .profileUrl(newer(file, card, ContactRequest::profileUrl))
                .headline(newer(file, card, ContactRequest::headline))
                .company(newer(file, card, ContactRequest::company))
                .title(newer(file, card, ContactRequest::title))
                .location(newer(file, card, ContactRequest::location))
                .relationship(relationship(card.relationship(), file.relationship()))
                .build();
    }

    private static String newer(ContactRequest file, ContactRequest card, Function<ContactRequest, String> field) {
        String fromFile = field.apply(file);
        return fromFile != null ? fromFile : field.apply(card);
    }

    private static ContactRequest.Relationship relationship(ContactRequest.Relationship card,
            ContactRequest.Relationship file) {
        Instant fromFile = file == null ? null : file.lastInteractionAt();
        Instant onCard = card == null ? null : card.lastInteractionAt();
        if (fromFile == null || onCard != null && !fromFile.isAfter(onCard)) {
            return card;
        }
        return card == null ? new ContactRequest.Relationship(null, null, fromFile)
                : new ContactRequest.Relationship(card.strength(), card.howWeMet(), fromFile);
    }
}

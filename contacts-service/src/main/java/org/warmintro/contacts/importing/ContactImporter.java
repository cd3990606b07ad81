package org.warmintro.contacts.importing;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.warmintro.contacts.contact.Contact;
import org.warmintro.contacts.contact.ContactBook;
import org.warmintro.contacts.contact.ContactRequest;
import org.warmintro.contacts.contact.NetworkQuota;
import org.warmintro.contacts.note.Note;
import org.warmintro.contacts.note.NoteResource;
import org.warmintro.contacts.search.SearchDocuments;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * Imports the people of a file into a member's network. The file is read one entry at a time, more than once: first
 * to the end, so that a file that cannot be imported at all (not of its kind, too many people, more new contacts than
 * the network has room for) is refused before anything is written; then to write its people in chunks of
 * {@value #CHUNK_SIZE}, a transaction each, with a few queries and batched statements per chunk rather than per person,
 * so that a 30,000-line export takes seconds. An import holds one chunk in memory, whatever the size and shape of the
 * file, and the member's import lock from its first reading to its last chunk; each chunk checks the room left as it
 * writes, since a card added meanwhile by hand takes room too. Everyone is checked by the rules of the
 * API before being written, and every card goes through {@link ContactBook}, so that its profile event is committed
 * with it.
 */
@ApplicationScoped
class ContactImporter {

    static final int CHUNK_SIZE = 500;

    private static final Logger LOG = Logger.getLogger(ContactImporter.class);

    private final ContactBook book;
    private final NetworkQuota quota;
    private final SearchDocuments searchDocuments;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    ContactImporter(ContactBook book, NetworkQuota quota, SearchDocuments searchDocuments, Validator validator,
            EntityManager entityManager, Clock clock) {
        this.book = book;
        this.quota = quota;
        this.searchDocuments = searchDocuments;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Imports the file that {@code file} opens, each time it is asked. When the network has room for every person of
     * the file, nothing more is counted; otherwise the valid people are told apart from the cards of the network and
     * from each other, and only those new to it count against the room left.
     */
    ImportReport importInto(String memberId, Supplier<PeopleReader> file) {
        return quota.whileLocked(memberId, () -> {
            long room = quota.room(memberId);
            if (people(file) > room) {
                NewPeople newPeople = new NewPeople(memberId);
                inChunks(file, new Tally(),
                        chunk -> QuarkusTransaction.requiringNew().run(() -> newPeople.take(chunk)));
                if (newPeople.count() > room) {
                    throw quota.importTooLarge(newPeople.count(), room);
                }
            }
            Tally tally = new Tally();
            inChunks(file, tally, chunk -> save(memberId, chunk, tally));
            return tally.report();
        });
    }

    /** Reads the file to its end, which refuses a file that cannot be imported at all, and counts its people. */
    private static long people(Supplier<PeopleReader> file) {
        long people = 0;
        try (PeopleReader reader = file.get()) {
            for (FileEntry entry = reader.next(); entry != null; entry = reader.next()) {
                if (entry instanceof ImportedPerson) {
                    people++;
                }
            }
        }
        return people;
    }

    /**
     * Reads the file to its end, handing its valid people to {@code chunks} in chunks of {@value #CHUNK_SIZE}, in file
     * order; the others are errors of {@code lines}, with the reason, and remarks on the file its warnings.
     */
    private void inChunks(Supplier<PeopleReader> file, Tally lines, Consumer<List<ImportedPerson>> chunks) {
        try (PeopleReader reader = file.get()) {
            List<ImportedPerson> chunk = new ArrayList<>(CHUNK_SIZE);
            for (FileEntry entry = reader.next(); entry != null; entry = reader.next()) {
                if (entry instanceof FileEntry.Unreadable unreadable) {
                    lines.error(unreadable.line(), unreadable.reason());
                } else if (entry instanceof FileEntry.Remark remark) {
                    lines.warning(remark.line(), remark.reason());
                } else if (entry instanceof ImportedPerson person) {
                    problemsOf(person, reader.fieldNames()).ifPresentOrElse(
                            reason -> lines.error(person.line(), reason), () -> chunk.add(person));
                }
                if (chunk.size() == CHUNK_SIZE) {
                    chunks.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                chunks.accept(chunk);
            }
        }
    }

    private Optional<String> problemsOf(ImportedPerson person, Map<String, String> fieldNames) {
        Stream<String> card = validator.validate(person.card()).stream()
                .map(violation -> reason(fieldNames, violation.getPropertyPath().toString(), violation.getMessage()));
        Stream<String> note = person.note() == null ? Stream.empty()
                : validator.validate(new NoteResource.NoteRequest(person.note())).stream()
                        .map(violation -> reason(fieldNames, "note", violation.getMessage()));
        String reasons = Stream.concat(card, note).sorted().collect(Collectors.joining("; "));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons);
    }

    private static String reason(Map<String, String> fieldNames, String field, String message) {
        return fieldNames.getOrDefault(field, field) + ": " + message;
    }

    /**
     * Saves a chunk in a transaction of its own. When the database refuses something that the chunk wrote (a value, an
     * email address that another request took meanwhile, a card changed meanwhile), each of its people is saved
     * alone, so that only the lines at fault are lost. Any other failure stops the import: it would fail every chunk
     * after this one too.
     */
    private void save(String memberId, List<ImportedPerson> chunk, Tally tally) {
        try {
            tally.add(QuarkusTransaction.requiringNew().call(() -> write(memberId, chunk, tally)));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            int line = chunk.get(0).line();
            if (!refusedWhatWasWritten(e)) {
                LOG.errorf(e, "An import of member %s stopped at line %d", memberId, line);
                throw new ProblemException(Problem.of(503, "import-interrupted", "Import interrupted",
                        "The database failed at line " + line + ". The people before it are saved; import the same "
                                + "file again to finish, and they will be skipped."));
            }
            if (chunk.size() > 1) {
                chunk.forEach(person -> save(memberId, List.of(person), tally));
            } else {
                // the refusal only: its message may quote the person's values
                LOG.warnf("The database refused line %d of an import of member %s (%s)", line, memberId, refusal(e));
                tally.error(line, "could not be saved: the database refused it");
            }
        }
    }

    private static boolean refusedWhatWasWritten(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            // SQLState class 22: a value it cannot store; 23: a constraint it would break
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the refusal, or the kind of failure when it has none (a card changed meanwhile). */
    private static String refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return "SQLState " + sql.getSQLState();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** Writes a chunk in the caller's transaction, after the chunks that {@code before} counted. */
    private Tally write(String memberId, List<ImportedPerson> chunk, Tally before) {
        Tally tally = new Tally();
        ChunkCards cards = ChunkCards.read(memberId, chunk, book, before::firstLineOf);
        chunk.forEach(person -> cards.take(person, tally));

        List<ChunkCards.Card> added = cards.added();
        if (added.size() > quota.lockedRoom(memberId)) {
            throw quota.fullAt(chunk.get(0).line());
        }
        List<Contact> created = book.createAll(memberId, added.stream().map(card -> card.fields).toList());
        for (int i = 0; i < added.size(); i++) {
            added.get(i).contact = created.get(i);
        }
        Map<Contact, ContactRequest> replacements = new LinkedHashMap<>();
        cards.changed().forEach(card -> replacements.put(card.contact, card.fields));
        book.replaceAll(replacements);
        addNotes(cards.withNewNotes());
        cards.firstLines().forEach(tally::named);
        return tally;
    }

    private void addNotes(List<ChunkCards.Card> cards) {
        if (cards.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (ChunkCards.Card card : cards) {
            for (String body : card.newNotes) {
                Note note = new Note();
                note.id = UUID.randomUUID();
                note.contactId = card.contact.id;
                note.body = body;
                note.createdAt = now;
                note.persist();
            }
        }
        entityManager.flush();
        searchDocuments.refresh(cards.stream().map(card -> card.contact.id).toList());
    }
}

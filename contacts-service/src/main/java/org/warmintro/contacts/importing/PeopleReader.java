package org.warmintro.contacts.importing;

import java.util.Map;

import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * The entries of a file, read one at a time in file order, as the file is read: an import holds one chunk of people
 * in memory, never the whole file, whatever its shape. It also tells what the file calls each field of a card (a
 * {@link org.warmintro.contacts.contact.ContactRequest} property path, or {@code note}), so that a reason names what
 * the member sees in their own file.
 */
abstract class PeopleReader implements AutoCloseable {

    /** One request may import this many people at most, so that it cannot hold the service for long. */
    static final int MAX_PEOPLE = 50_000;

    private final Map<String, String> fieldNames;
    private int entries;

    PeopleReader(Map<String, String> fieldNames) {
        this.fieldNames = fieldNames;
    }

    Map<String, String> fieldNames() {
        return fieldNames;
    }

    /**
     * The next entry, or null after the last. Refuses the file as soon as it holds too many entries (413), or when it
     * turns out not to be a file of its kind (400).
     */
    final FileEntry next() {
        FileEntry entry = read();
        if (entry != null && ++entries > MAX_PEOPLE) {
            throw new ProblemException(Problem.of(413, "too-many-people", "Too many people",
                    "An import takes at most %,d people (CSV records or vCards); split the file and import the parts one after the other"
                            .formatted(MAX_PEOPLE)));
        }
        return entry;
    }

    /** Reads the next entry of the file, or null at its end. */
    abstract FileEntry read();

    @Override
    public abstract void close();
}

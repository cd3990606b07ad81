package org.warmintro.contacts.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * What a reader made of a file: the people it could read, the entries it could not, and what the file calls each
 * field of a card (a {@link org.warmintro.contacts.contact.ContactRequest} property path, or {@code note}), so that a
 * reason names what the member sees in their own file.
 */
record ParsedFile(List<ImportedPerson> people, List<ImportReport.LineError> unreadable, Map<String, String> fieldNames) {

    /** One request may import this many people at most, so that it cannot hold the service for long. */
    static final int MAX_PEOPLE = 50_000;

    /** Collects the entries of a file in order, and refuses the file as soon as it holds too many. */
    static final class Builder {

        private final Map<String, String> fieldNames;
        private final List<ImportedPerson> people = new ArrayList<>();
        private final List<ImportReport.LineError> unreadable = new ArrayList<>();

        Builder(Map<String, String> fieldNames) {
            this.fieldNames = fieldNames;
        }

        void person(ImportedPerson person) {
            makeRoom();
            people.add(person);
        }

        void unreadable(int line, String reason) {
            makeRoom();
            unreadable.add(new ImportReport.LineError(line, reason));
        }

        boolean isEmpty() {
            return people.isEmpty() && unreadable.isEmpty();
        }

        ParsedFile build() {
            return new ParsedFile(List.copyOf(people), List.copyOf(unreadable), fieldNames);
        }

        private void makeRoom() {
            if (people.size() + unreadable.size() == MAX_PEOPLE) {
                throw new ProblemException(Problem.of(413, "too-many-people", "Too many people",
                        "An import takes at most %,d people (CSV records or vCards); split the file and import the parts one after the other"
                                .formatted(MAX_PEOPLE)));
            }
        }
    }
}

package org.warmintro.contacts.importing;

import java.util.ArrayList;
import java.util.List;

final class Entries {

    private Entries() {
    }

    /** Every entry of the file, in file order. */
    static List<FileEntry> of(PeopleReader reader) {
        try (reader) {
            List<FileEntry> entries = new ArrayList<>();
            for (FileEntry entry = reader.next(); entry != null; entry = reader.next()) {
                entries.add(entry);
            }
            return entries;
        }
    }

    static List<ImportedPerson> people(PeopleReader reader) {
        return of(reader).stream().filter(ImportedPerson.class::isInstance).map(ImportedPerson.class::cast).toList();
    }
}

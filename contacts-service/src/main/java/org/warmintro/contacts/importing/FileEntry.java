package org.warmintro.contacts.importing;

/** One entry of a file, where it starts: a person, or what could not be read there. */
sealed interface FileEntry permits ImportedPerson, FileEntry.Unreadable {

    /** Where the entry starts in the file, from 1: what the member sees in an editor. */
    int line();

    /** An entry that is not a person: the reason, as the import report gives it. */
    record Unreadable(int line, String reason) implements FileEntry {
    }
}

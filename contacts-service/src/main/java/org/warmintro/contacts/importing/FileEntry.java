package org.warmintro.contacts.importing;

/** One entry of a file, where it starts: a person, what could not be read there, or a remark on the file. */
sealed interface FileEntry permits ImportedPerson, FileEntry.Unreadable, FileEntry.Remark {

    /** Where the entry starts in the file, from 1: what the member sees in an editor. */
    int line();

    /** An entry that is not a person: the reason, as the import report gives it among its errors. */
    record Unreadable(int line, String reason) implements FileEntry {
    }

    /** What the member should know of the file although no person is concerned, given among the report's warnings. */
    record Remark(int line, String reason) implements FileEntry {
    }
}

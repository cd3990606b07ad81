package org.warmintro.contacts.importing;

import java.util.List;

import org.warmintro.contacts.contact.ContactRequest;

/**
 * A person as a file describes them: the card it would make, and a note to add to it, if any. Values are trimmed,
 * blanks are nulls and the email address is in lower case, as a card keeps them, so that comparing the two tells what
 * the file changes.
 *
 * @param line where the person starts in the file, from 1
 * @param leftOut what the file says of the person that the card leaves out, and why: the report's warnings on the line
 *        once the person is imported
 */
record ImportedPerson(int line, ContactRequest card, String note, List<String> leftOut) implements FileEntry {

    ImportedPerson(int line, ContactRequest card, String note) {
        this(line, card, note, List.of());
    }
}

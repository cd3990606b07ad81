package org.warmintro.contacts.importing;

import org.warmintro.contacts.contact.ContactRequest;

/**
 * A person as a file describes them: the card it would make, and a note to add to it, if any. Values are trimmed,
 * blanks are nulls and the email address is in lower case, as a card keeps them, so that comparing the two tells what
 * the file changes.
 *
 * @param line where the person starts in the file, from 1
 */
record ImportedPerson(int line, ContactRequest card, String note) implements FileEntry {
}

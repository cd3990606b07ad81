package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmintro.problem.ProblemException;

class VCardsTest {

    @Test
    void eachCardIsNumberedByTheLineWhereItBeginsAndAnAgentsCardStaysInsideItsOwner() {
        List<FileEntry> entries = Entries.of(VCards.read(new StringReader("""
                BEGIN:VCARD
                VERSION:2.1
                FN:Hugo Peeters
                AGENT:
                BEGIN:VCARD
                VERSION:2.1
                FN:Hugo's Assistant
                END:VCARD
                END:VCARD

                begin:vcard
                version:3.0
                fn:Annie Wang
                end:vcard
                BEGIN:VCARD
                VERSION:4.0
                FN:Lena Maes
                """)));

        assertThat(entries).extracting(FileEntry::line).containsExactly(1, 11, 15);
        assertThat(entries.subList(0, 2)).extracting(entry -> ((ImportedPerson) entry).card().fullName())
                .containsExactly("Hugo Peeters", "Annie Wang");
        assertThat(entries.get(2)).isEqualTo(new FileEntry.Unreadable(15, "the vCard that begins here has no END:VCARD"));
    }

    @Test
    void theGivenNameOfTheStructuredNameIsTheNameToGreetThePersonBy() {
        List<ImportedPerson> people = Entries.people(VCards.read(new StringReader("""
                BEGIN:VCARD
                VERSION:3.0
                FN:Dr. Anne-Marie Van den Bossche
                N:Van den Bossche;Anne-Marie;;Dr.;
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Hugo Peeters
                END:VCARD
                """)));

        assertThat(people.get(0).card().givenName()).isEqualTo("Anne-Marie");
        assertThat(people.get(1).card().givenName()).isNull();
    }

    @Test
    void aCardWithoutItsEndIsOneErrorAndTheCardsAfterItAreReadAllTheSame() {
        List<FileEntry> entries = Entries.of(VCards.read(new StringReader("""
                BEGIN:VCARD
                VERSION:3.0
                FN:Broken Card
                BEGIN:VCARD
                VERSION:3.0
                FN:Hugo Peeters
                END:VCARD
                BEGIN:VCARD
                VERSION:2.1
                FN:Lena Maes
                AGENT:
                BEGIN:VCARD
                FN:Lena's Assistant
                END:VCARD
                END:VCARD
                """)));

        assertThat(entries).first().isEqualTo(new FileEntry.Unreadable(1, "the vCard that begins here has no END:VCARD"));
        assertThat(entries.subList(1, entries.size())).map(ImportedPerson.class::cast)
                .extracting(ImportedPerson::line, person -> person.card().fullName())
                .containsExactly(tuple(4, "Hugo Peeters"), tuple(8, "Lena Maes"));
    }

    @Test
    void aWebsiteWithoutHttpIsNoProfileUrl() {
        List<ImportedPerson> people = Entries.people(VCards.read(new StringReader("""
                BEGIN:VCARD
                VERSION:3.0
                FN:Annie Wang
                URL:www.annie.example.org
                URL:https://www.linkedin.com/in/annie-wang
                END:VCARD
                """)));

        assertThat(people.get(0).card().profileUrl()).isEqualTo("https://www.linkedin.com/in/annie-wang");
    }

    @Test
    void theFirstCardComesOutBeforeMuchOfALongAddressBookIsRead() {
        MadeUpText addressBook = new MadeUpText("",
                i -> "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + i + "\r\nEND:VCARD\r\n", 100_000);

        try (PeopleReader reader = VCards.read(addressBook)) {
            assertThat(reader.next()).isInstanceOfSatisfying(ImportedPerson.class,
                    person -> assertThat(person.card().fullName()).isEqualTo("Person 0"));
            assertThat(addressBook.charactersRead()).isLessThan(64 * 1024);
        }
    }

    @Test
    void millionsOfLineFeedsAreReadWithoutAnEntryForEach() {
        MadeUpText addressBook = new MadeUpText("BEGIN:VCARD\nFN:Annie Wang\nEND:VCARD\n", i -> "\n", 5_000_000);

        try (PeopleReader reader = VCards.read(addressBook)) {
            assertThat(reader.next()).isInstanceOf(ImportedPerson.class);
            assertThat(addressBook.charactersRead()).isLessThan(64 * 1024);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void anAddressBookOfMoreCardsThanAnImportTakesIsRefusedAtTheFirstOneTooMany() {
        MadeUpText addressBook = new MadeUpText("", i -> "BEGIN:VCARD\nFN:Person " + i + "\nEND:VCARD\n", 100_000);

        try (PeopleReader reader = VCards.read(addressBook)) {
            assertThatThrownBy(() -> Entries.of(reader)).isInstanceOfSatisfying(ProblemException.class,
                    refused -> assertThat(refused.problem().status()).isEqualTo(413));
        }
        assertThat(addressBook.linesMadeUp()).isLessThan(PeopleReader.MAX_PEOPLE + 1_000);
    }
}

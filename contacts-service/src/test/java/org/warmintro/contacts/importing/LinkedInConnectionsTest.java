package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmintro.problem.ProblemException;

class LinkedInConnectionsTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    @Test
    void eachPersonIsNumberedByTheLineWhereTheyStartWithCrLfBlankLinesAndAByteOrderMark() {
        List<ImportedPerson> people = Entries.people(LinkedInConnections.read(new StringReader(
                "\uFEFFNotes:\r\n\"A note, with a comma\"\r\n\r\n"
                        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                        + "Annie,Wang,https://www.linkedin.com/in/annie-wang,,\"VUB\r\nBrussels\",PhD Researcher,12 MAR 2021\r\n"
                        + "\r\n"
                        + "  Hugo ,Peeters,,HUGO@example.org,,,1 Jan 2020\r\n"
                        + "Lena,Maes,,,\"\nMaes & Co\n\",\"Founder\rand CEO\",\n"
                        + "Tom,Claes,,,,,")));

        assertThat(people).extracting(ImportedPerson::line).containsExactly(5, 8, 9, 13);
        assertThat(people.get(0).card().company()).isEqualTo("VUB\r\nBrussels");
        assertThat(people.get(0).card().relationship().lastInteractionAt())
                .isEqualTo(Instant.parse("2021-03-12T00:00:00Z"));
        assertThat(people.get(1).card().fullName()).isEqualTo("Hugo Peeters");
        assertThat(people.get(1).card().email()).isEqualTo("hugo@example.org");
        assertThat(people.get(1).card().profileUrl()).isNull();
        assertThat(people.get(2).card().company()).isEqualTo("Maes & Co");
    }

    @Test
    void theFirstNameIsTheNameToGreetThePersonBy() {
        List<ImportedPerson> people = Entries.people(LinkedInConnections.read(new StringReader(HEADER
                + "Anne-Marie,Van den Bossche,,,,,\n"
                + ",Peeters,,,,,\n")));

        assertThat(people.get(0).card().fullName()).isEqualTo("Anne-Marie Van den Bossche");
        assertThat(people.get(0).card().givenName()).isEqualTo("Anne-Marie");
        assertThat(people.get(1).card().givenName()).isNull();
    }

    @Test
    void aConnectedOnThatIsNoDateMakesAnErrorOfItsLineOnly() {
        List<FileEntry> entries = Entries.of(LinkedInConnections.read(new StringReader(
                "First Name,Last Name,Connected On\n"
                        + "Annie,Wang,yesterday\n"
                        + "Hugo,Peeters,03 Jan 2020\n")));

        assertThat(entries).first().isEqualTo(
                new FileEntry.Unreadable(2, "Connected On: is not a date such as 12 Mar 2021: yesterday"));
        assertThat(entries).last().isInstanceOfSatisfying(ImportedPerson.class,
                person -> assertThat(person.card().fullName()).isEqualTo("Hugo Peeters"));
    }

    @Test
    void theFirstPersonComesOutBeforeMuchOfALongFileIsRead() {
        MadeUpText export = new MadeUpText(HEADER,
                i -> "Person," + i + ",https://www.linkedin.com/in/person-" + i + ",,Acme,Engineer,1 Jan 2020\n", 200_000);

        try (PeopleReader reader = LinkedInConnections.read(export)) {
            assertThat(reader.next()).isInstanceOfSatisfying(ImportedPerson.class,
                    person -> assertThat(person.card().fullName()).isEqualTo("Person 0"));
            assertThat(export.charactersRead()).isLessThan(64 * 1024);
        }
    }

    @Test
    void millionsOfLineFeedsAreReadWithoutAnEntryForEach() {
        MadeUpText export = new MadeUpText(HEADER + "Annie,Wang\n", i -> "\n", 5_000_000);

        try (PeopleReader reader = LinkedInConnections.read(export)) {
            assertThat(reader.next()).isInstanceOf(ImportedPerson.class);
            assertThat(export.charactersRead()).isLessThan(64 * 1024);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aFileOfMorePeopleThanAnImportTakesIsRefusedAtTheFirstOneTooMany() {
        MadeUpText export = new MadeUpText(HEADER, i -> "Person," + i + "\n", 200_000);

        try (PeopleReader reader = LinkedInConnections.read(export)) {
            assertThatThrownBy(() -> Entries.of(reader)).isInstanceOfSatisfying(ProblemException.class,
                    refused -> assertThat(refused.problem().status()).isEqualTo(413));
        }
        assertThat(export.linesMadeUp()).isLessThan(PeopleReader.MAX_PEOPLE + 1_000);
    }
}

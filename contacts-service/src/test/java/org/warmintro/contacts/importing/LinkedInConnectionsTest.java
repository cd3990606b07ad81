package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warmintro.problem.ProblemException;

class LinkedInConnectionsTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void eachPersonIsNumberedByTheLineWhereTheyStartWithCrLfBlankLinesAndValuesOverSeveralLines() {
        List<ImportedPerson> people = Entries.people(read(
                "Notes:\r\n\"A note, with a comma\"\r\n\r\n"
                        + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                        + "Annie,Wang,https://www.linkedin.com/in/annie-wang,,\"VUB\r\nBrussels\",PhD Researcher,12 MAR 2021\r\n"
                        + "\r\n"
                        + "  Hugo ,Peeters,,HUGO@example.org,,,1 Jan 2020\r\n"
                        + "Lena,Maes,,,\"\nMaes & Co\n\",\"Founder\rand CEO\",\n"
                        + "Tom,Claes,,,,,"));

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
        List<ImportedPerson> people = Entries.people(read(HEADER
                + "Anne-Marie,Van den Bossche,,,,,\n"
                + ",Peeters,,,,,\n"));

        assertThat(people.get(0).card().fullName()).isEqualTo("Anne-Marie Van den Bossche");
        assertThat(people.get(0).card().givenName()).isEqualTo("Anne-Marie");
        assertThat(people.get(1).card().givenName()).isNull();
    }

    @Test
    void aConnectedOnThatIsNoDateOrLaterThanTodayIsLeftOutOfThePersonAndSaidSo() {
        List<ImportedPerson> people = Entries.people(read(
                "First Name,Last Name,Connected On\n"
                        + "Annie,Wang,yesterday\n"
                        + "Hugo,Peeters,01 Jul 2025\n"
                        + "Lena,Maes,30 Jun 2025\n"
                        + "Tom,Claes,31 Feb 2021\n"));

        assertThat(people).extracting(person -> person.card().fullName())
                .containsExactly("Annie Wang", "Hugo Peeters", "Lena Maes", "Tom Claes");
        assertThat(people).extracting(person -> person.card().relationship().lastInteractionAt())
                .containsExactly(null, null, Instant.parse("2025-06-30T00:00:00Z"), null);
        assertThat(people).extracting(ImportedPerson::leftOut).containsExactly(
                List.of("Connected On: yesterday is not a date such as 12 Mar 2021, so it was left out"),
                List.of("Connected On: 01 Jul 2025 is later than today, so it was left out"),
                List.of(),
                List.of("Connected On: 31 Feb 2021 is not a date such as 12 Mar 2021, so it was left out"));
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsOwnLineAndTheLinesAfterItAreReadOneByOne() {
        List<FileEntry> entries = Entries.of(read("Notes:\n\"A note, with a comma\"\n\n" + HEADER
                + "Lena,Maes,,,\"Maes\n& Co\",Founder,20 Jun 2018\n"
                + "Quote,\"Unclosed,https://www.linkedin.com/in/q,,,X,01 Jan 2020\n"
                + "Hugo,Peeters,,,\"Proximus, Brussels\",CTO,03 Jan 2020\n"
                + "\n"
                + "Tom,\"Claes\" Jr,,,Acme,Engineer,01 Feb 2022\n"
                + "Sofie,Claes,,,Acme,CTO\n"
                + "Annie,Wang,,,VUB,PhD Researcher,12 Mar 2021"));

        assertThat(entries).map(FileEntry::line).containsExactly(5, 7, 8, 10, 11, 12);
        assertThat(entries.get(0)).isInstanceOfSatisfying(ImportedPerson.class,
                person -> assertThat(person.card().company()).isEqualTo("Maes\n& Co"));
        assertThat(entries.get(1)).isEqualTo(new FileEntry.Unreadable(7, CsvRows.UNCLOSED_QUOTE));
        assertThat(entries.get(2)).isInstanceOfSatisfying(ImportedPerson.class,
                person -> assertThat(person.card().company()).isEqualTo("Proximus, Brussels"));
        assertThat(entries.get(3)).isEqualTo(new FileEntry.Unreadable(10, CsvRows.TEXT_AFTER_QUOTE));
        assertThat(entries.get(4)).isEqualTo(new FileEntry.Unreadable(11, "has 6 values where the header has 7"));
        assertThat(entries.get(5)).isInstanceOfSatisfying(ImportedPerson.class,
                person -> assertThat(person.card().fullName()).isEqualTo("Annie Wang"));
    }

    @Test
    void aQuoteLeftOpenThatAnotherQuoteClosesIsToldByTheNumberOfValuesOfTheRowItWouldMake() {
        List<FileEntry> entries = Entries.of(read(HEADER
                + "Quote,\"Unclosed,https://www.linkedin.com/in/q,,,X,01 Jan 2020\n"
                + "Hugo,Peeters,,,Acme,Engineer,03 Jan 2020\n"
                + "Tall,Guy,,,Acme,Height 6'2\",01 Jan 2020\n"));

        assertThat(entries).first().isEqualTo(new FileEntry.Unreadable(2, CsvRows.UNCLOSED_QUOTE));
        assertThat(entries.subList(1, entries.size())).map(ImportedPerson.class::cast)
                .extracting(ImportedPerson::line, person -> person.card().title())
                .containsExactly(tuple(3, "Engineer"), tuple(4, "Height 6'2\""));
    }

    @Test
    void aQuoteLeftOpenInTheNotesBeforeTheHeaderLosesNobody() {
        List<ImportedPerson> people = Entries.people(read("Notes:\n\"When exporting, unclosed\n\n" + HEADER
                + "Annie,Wang,,,\"VUB, Brussels\",PhD Researcher,12 Mar 2021\n"));

        assertThat(people).extracting(ImportedPerson::line, person -> person.card().company())
                .containsExactly(tuple(5, "VUB, Brussels"));
    }

    @Test
    void aFileSavedWithSemicolonsIsReadByItsHeaderWithDatesDayFirst() {
        List<ImportedPerson> people = Entries.people(read("Notes:\n\"A note, with a comma\"\n;;;;;;\n"
                + HEADER.replace(',', ';')
                + "Hugo;Peeters;;;Proximus, Brussels;\"Head of Engineering; Cloud\";03.01.2020\n"
                + "Lena;Maes;;;Maes & Co;Founder;20/06/2018\n"
                + "Annie;Wang;;;VUB;PhD Researcher;12 Mar 2021\n"));

        assertThat(people).extracting(ImportedPerson::line, person -> person.card().company(),
                        person -> person.card().title(), person -> person.card().relationship().lastInteractionAt())
                .containsExactly(
                        tuple(5, "Proximus, Brussels", "Head of Engineering; Cloud", Instant.parse("2020-01-03T00:00:00Z")),
                        tuple(6, "Maes & Co", "Founder", Instant.parse("2018-06-20T00:00:00Z")),
                        tuple(7, "VUB", "PhD Researcher", Instant.parse("2021-03-12T00:00:00Z")));
    }

    @Test
    void aFileSeparatedByCommasHasNoDayFirstDatesWhichAmericanSpreadsheetsWriteMonthFirst() {
        List<ImportedPerson> people = Entries.people(read(HEADER + "Hugo,Peeters,,,Proximus,CTO,03/01/2020\n"));

        assertThat(people.get(0).card().relationship().lastInteractionAt()).isNull();
        assertThat(people.get(0).leftOut())
                .containsExactly("Connected On: 03/01/2020 is not a date such as 12 Mar 2021, so it was left out");
    }

    @Test
    void aFileWithNoOneAfterItsHeaderSaysSoAtTheHeader() {
        assertThat(Entries.of(read("Notes:\n\"A note\"\n\n" + HEADER + "\n,,,,,,\n")))
                .containsExactly(new FileEntry.Remark(4, "the file lists no one after its header"));
    }

    @Test
    void theFirstPersonComesOutBeforeMuchOfALongFileIsRead() {
        MadeUpText export = new MadeUpText(HEADER,
                i -> "Person," + i + ",https://www.linkedin.com/in/person-" + i + ",,Acme,Engineer,1 Jan 2020\n", 200_000);

        try (PeopleReader reader = LinkedInConnections.read(() -> export, TODAY)) {
            assertThat(reader.next()).isInstanceOfSatisfying(ImportedPerson.class,
                    person -> assertThat(person.card().fullName()).isEqualTo("Person 0"));
            assertThat(export.charactersRead()).isLessThan(64 * 1024);
        }
    }

    @Test
    void millionsOfLineFeedsAreReadWithoutAnEntryForEach() {
        MadeUpText export = new MadeUpText(HEADER + "Annie,Wang\n", i -> "\n", 5_000_000);

        try (PeopleReader reader = LinkedInConnections.read(() -> export, TODAY)) {
            assertThat(reader.next()).isInstanceOf(ImportedPerson.class);
            assertThat(export.charactersRead()).isLessThan(64 * 1024);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aFileOfMorePeopleThanAnImportTakesIsRefusedAtTheFirstOneTooMany() {
        MadeUpText export = new MadeUpText(HEADER, i -> "Person," + i + "\n", 200_000);

        try (PeopleReader reader = LinkedInConnections.read(() -> export, TODAY)) {
            assertThatThrownBy(() -> Entries.of(reader)).isInstanceOfSatisfying(ProblemException.class,
                    refused -> assertThat(refused.problem().status()).isEqualTo(413));
        }
        assertThat(export.linesMadeUp()).isLessThan(PeopleReader.MAX_PEOPLE + 1_000);
    }

    private static PeopleReader read(String export) {
        return LinkedInConnections.read(() -> new StringReader(export), TODAY);
    }
}

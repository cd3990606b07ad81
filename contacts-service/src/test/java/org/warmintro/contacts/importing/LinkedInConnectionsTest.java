package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LinkedInConnectionsTest {

    @Test
    void eachPersonIsNumberedByTheLineWhereTheyStartWithCrLfBlankLinesAndAByteOrderMark() {
        ParsedFile file = LinkedInConnections.read("\uFEFFNotes:\r\n\"A note, with a comma\"\r\n\r\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                + "Annie,Wang,https://www.linkedin.com/in/annie-wang,,\"VUB\r\nBrussels\",PhD Researcher,12 MAR 2021\r\n"
                + "\r\n"
                + "  Hugo ,Peeters,,HUGO@example.org,,,1 Jan 2020\r\n");

        assertThat(file.people()).extracting(ImportedPerson::line).containsExactly(5, 8);
        assertThat(file.people().get(0).card().company()).isEqualTo("VUB\r\nBrussels");
        assertThat(file.people().get(0).card().relationship().lastInteractionAt())
                .isEqualTo(Instant.parse("2021-03-12T00:00:00Z"));
        assertThat(file.people().get(1).card().fullName()).isEqualTo("Hugo Peeters");
        assertThat(file.people().get(1).card().email()).isEqualTo("hugo@example.org");
        assertThat(file.people().get(1).card().profileUrl()).isNull();
    }

    @Test
    void aConnectedOnThatIsNoDateMakesAnErrorOfItsLineOnly() {
        ParsedFile file = LinkedInConnections.read("First Name,Last Name,Connected On\n"
                + "Annie,Wang,yesterday\n"
                + "Hugo,Peeters,03 Jan 2020\n");

        assertThat(file.unreadable()).containsExactly(
                new ImportReport.LineError(2, "Connected On: is not a date such as 12 Mar 2021: yesterday"));
        assertThat(file.people()).extracting(person -> person.card().fullName()).containsExactly("Hugo Peeters");
    }
}

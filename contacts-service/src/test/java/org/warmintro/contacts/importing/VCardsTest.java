package org.warmintro.contacts.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VCardsTest {

    @Test
    void eachCardIsNumberedByTheLineWhereItBeginsAndAnAgentsCardStaysInsideItsOwner() {
        ParsedFile file = VCards.read("""
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
                """);

        assertThat(file.people()).extracting(ImportedPerson::line).containsExactly(1, 11);
        assertThat(file.people()).extracting(person -> person.card().fullName()).containsExactly("Hugo Peeters",
                "Annie Wang");
        assertThat(file.unreadable()).containsExactly(
                new ImportReport.LineError(15, "the vCard that begins here has no END:VCARD"));
    }

    @Test
    void aWebsiteWithoutHttpIsNoProfileUrl() {
        ParsedFile file = VCards.read("""
                BEGIN:VCARD
                VERSION:3.0
                FN:Annie Wang
                URL:www.annie.example.org
                URL:https://www.linkedin.com/in/annie-wang
                END:VCARD
                """);

        assertThat(file.people().get(0).card().profileUrl()).isEqualTo("https://www.linkedin.com/in/annie-wang");
    }
}

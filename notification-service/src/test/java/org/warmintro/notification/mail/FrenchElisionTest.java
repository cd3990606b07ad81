package org.warmintro.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "que" and "de" before a name or a role, as French writes them: elided before a vowel sound, not otherwise. */
class FrenchElisionTest {

    @Test
    void queAndDeAreElidedBeforeAVowel() {
        assertThat(FrenchElision.que("Annie Wang")).isEqualTo("qu'Annie Wang");
        assertThat(FrenchElision.de("Annie Wang")).isEqualTo("d'Annie Wang");
        assertThat(FrenchElision.que("Émilie")).isEqualTo("qu'Émilie");
        assertThat(FrenchElision.que("Oscar")).isEqualTo("qu'Oscar");
        assertThat(FrenchElision.de("Ingénieur logiciel")).isEqualTo("d'Ingénieur logiciel");
        assertThat(FrenchElision.de("UX Designer")).isEqualTo("d'UX Designer");
        assertThat(FrenchElision.de("account manager")).isEqualTo("d'account manager");
    }

    @Test
    void queAndDeStayWholeBeforeAConsonant() {
        assertThat(FrenchElision.que("Bruno Peeters")).isEqualTo("que Bruno Peeters");
        assertThat(FrenchElision.de("Bruno Peeters")).isEqualTo("de Bruno Peeters");
        assertThat(FrenchElision.de("Senior Backend Engineer")).isEqualTo("de Senior Backend Engineer");
    }

    @Test
    void aMuteHIsElidedBeforeButAnAspiratedOneIsNot() {
        assertThat(FrenchElision.que("Hélène Dubois")).isEqualTo("qu'Hélène Dubois");
        assertThat(FrenchElision.de("Hugo")).isEqualTo("d'Hugo");
        assertThat(FrenchElision.de("Head of Marketing")).isEqualTo("de Head of Marketing");
        assertThat(FrenchElision.de("HR Manager")).isEqualTo("de HR Manager");
    }

    @Test
    void aYIsElidedBeforeOnlyWhenItSoundsLikeAVowel() {
        assertThat(FrenchElision.que("Yves")).isEqualTo("qu'Yves");
        assertThat(FrenchElision.de("Yvonne")).isEqualTo("d'Yvonne");
        assertThat(FrenchElision.que("Yann")).isEqualTo("que Yann");
        assertThat(FrenchElision.de("Yasmine")).isEqualTo("de Yasmine");
    }

    @Test
    void nothingToElideBeforeNoWord() {
        assertThat(FrenchElision.que(null)).isEqualTo("que");
        assertThat(FrenchElision.de("  ")).isEqualTo("de");
    }
}

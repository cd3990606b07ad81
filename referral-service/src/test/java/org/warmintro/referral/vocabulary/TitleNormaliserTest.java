package org.warmintro.referral.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleNormaliserTest {

    @Test
    void spellsOutAbbreviationsAndDropsPunctuation() {
        assertThat(TitleNormaliser.words("Sr. Backend Eng.")).containsExactly("senior", "back", "end", "engineer");
        assertThat(TitleNormaliser.words("Jr Dev")).containsExactly("junior", "developer");
        assertThat(TitleNormaliser.words("Mktg Mgr")).containsExactly("marketing", "manager");
    }

    @Test
    void makesPluralsSingularAndDropsFillerWords() {
        assertThat(TitleNormaliser.words("Marketing & Communications Managers"))
                .containsExactly("marketing", "communication", "manager");
        assertThat(TitleNormaliser.words("Secretaries of the Board")).containsExactly("secretary", "board");
        assertThat(TitleNormaliser.words("Business Analysis")).containsExactly("business", "analysis");
    }

    @Test
    void keepsWordsJoinedByAnApostrophe() {
        assertThat(TitleNormaliser.words("Children's Librarian")).containsExactly("children", "librarian");
    }

    @Test
    void keysIgnoreTheOrderOfWords() {
        assertThat(TitleNormaliser.key(TitleNormaliser.words("Director of Communications")))
                .isEqualTo(TitleNormaliser.key(TitleNormaliser.words("Communications Director")));
    }

    @Test
    void levelWordsGoUnlessNothingElseIsLeft() {
        assertThat(TitleNormaliser.withoutLevelWords(List.of("senior", "editor"))).containsExactly("editor");
        assertThat(TitleNormaliser.withoutLevelWords(List.of("principal"))).containsExactly("principal");
    }

    @Test
    void blankTitlesHaveNoWords() {
        assertThat(TitleNormaliser.words(" - ")).isEmpty();
    }
}

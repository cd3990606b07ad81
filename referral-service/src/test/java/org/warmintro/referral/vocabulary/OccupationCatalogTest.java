package org.warmintro.referral.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OccupationCatalogTest {

    private final OccupationCatalog catalog = Onet.CATALOG;

    @Test
    void holdsEveryOccupationWithItsTitlesAndJobZone() {
        assertThat(catalog.occupations()).hasSize(1016);
        Occupation programmers = catalog.occupation("15-1251.00").orElseThrow();
        assertThat(programmers.title()).isEqualTo("Computer Programmers");
        assertThat(programmers.jobZone()).isEqualTo(4);
        assertThat(programmers.majorGroup()).isEqualTo("15");
        assertThat(catalog.alternateTitles(programmers)).contains("Programmer", "Applications Programmer");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Programmer | 15-1251.00",
            "Agency Owner | 11-1011.00",
            "Sr. Backend Engineer | 15-1254.00",
            "Communication Specialist | 27-3031.00",
            "Content Writer | 27-3043.00",
            "Marketing Mgr | 11-2021.00",
            "Software Developers | 15-1252.00",
            "senior software engineer | 15-1252.00",
            "Head of Communications | 11-2011.00",
    })
    void resolvesTitlesAsPeopleWriteThem(String title, String code) {
        assertThat(catalog.resolve(title)).first().satisfies(match -> {
            assertThat(match.occupation().code()).isEqualTo(code);
            assertThat(match.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void anAmbiguousTitleNamesItsOtherOccupationsWithLessConfidence() {
        List<OccupationMatch> programmer = catalog.resolve("Programmer");

        assertThat(programmer).extracting(match -> match.occupation().code())
                .containsExactly("15-1251.00", "51-9162.00");
        assertThat(programmer.get(1).confidence()).isLessThan(1);
    }

    @Test
    void aTitleNoAlternateTitleHasIsMatchedByItsWords() {
        List<OccupationMatch> matches = catalog.resolve("Brand Strategist");

        assertThat(matches).isNotEmpty().allSatisfy(match -> assertThat(match.confidence()).isBetween(0.55, 0.99));
        assertThat(matches).extracting(match -> match.occupation().code()).contains("11-2021.00");
    }

    @Test
    void aTitleOfUnknownWordsResolvesToNothing() {
        assertThat(catalog.resolve("Xyzzy Plugh")).isEmpty();
        assertThat(catalog.resolve("")).isEmpty();
    }

    @Test
    void relatednessIsAsTheExpertsListedIt() {
        Occupation publicRelations = catalog.occupation("27-3031.00").orElseThrow();
        Occupation writers = catalog.occupation("27-3043.00").orElseThrow();
        Occupation fundraisingManagers = catalog.occupation("11-2033.00").orElseThrow();
        Occupation dentists = catalog.occupation("29-1021.00").orElseThrow();

        assertThat(catalog.relatedness(publicRelations, publicRelations)).isEqualTo(Relatedness.SAME);
        assertThat(catalog.relatedness(publicRelations, writers)).isEqualTo(Relatedness.PRIMARY_SHORT);
        assertThat(catalog.relatedness(publicRelations, fundraisingManagers)).isEqualTo(Relatedness.PRIMARY_LONG);
        assertThat(catalog.relatedness(publicRelations, dentists)).isEqualTo(Relatedness.UNRELATED);
    }

    @Test
    void neighboursAreRelatedInEitherDirection() {
        Occupation publicRelations = catalog.occupation("27-3031.00").orElseThrow();

        catalog.occupations().forEach(other -> {
            Relatedness listed = catalog.relatedness(other, publicRelations);
            if (listed != Relatedness.UNRELATED && !other.equals(publicRelations)) {
                assertThat(catalog.neighbours(publicRelations)).containsKey(other);
                assertThat(catalog.neighbours(publicRelations).get(other).closerThan(listed)
                        || catalog.neighbours(publicRelations).get(other) == listed).isTrue();
            }
        });
    }
}

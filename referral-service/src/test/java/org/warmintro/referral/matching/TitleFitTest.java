package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matching.Fixtures.NOW;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmintro.referral.vocabulary.Onet;

/** Title fit goes through the occupations the titles stand for and O*NET's judgement of how related they are. */
class TitleFitTest {

    @ParameterizedTest(name = "a seeker after \"{0}\" and a \"{1}\" role: {2}")
    @CsvSource(delimiter = '|', value = {
            "Programmer | Applications Programmer | 1.0",
            "Programmer | Sr. Software Engineer | 0.7",
            "Communication Specialist | Copywriter | 0.7",
            "Communication Specialist | Editor | 0.45",
            "Agency Owner | CEO | 1.0",
            "Communication Specialist | Dentist | 0.0",
            "Communication Specialist | Xyzzy | 0.0",
    })
    void fitsByOccupation(String targetRole, String roleTitle, double expected) {
        Seeker seeker = new Seeker("s", null, null, null, Set.of(), List.of(targetRole), List.of(), false,
                Relationship.unknown());
        PreparedSeeker prepared = new PreparedSeeker(seeker, Onet.CATALOG, NOW, MatchingConfig.DEFAULTS);

        assertThat(prepared.titleFit(Onet.CATALOG.resolve(roleTitle)).value()).isEqualTo(expected);
    }
}

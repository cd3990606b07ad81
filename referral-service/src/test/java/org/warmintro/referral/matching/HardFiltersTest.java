package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matching.Fixtures.MATCHER;
import static org.warmintro.referral.matching.Fixtures.NOW;
import static org.warmintro.referral.matching.Fixtures.hiring;
import static org.warmintro.referral.matching.Fixtures.role;
import static org.warmintro.referral.matching.Fixtures.seeker;
import static org.warmintro.referral.matching.Fixtures.targets;
import static org.warmintro.referral.matching.Fixtures.withConsent;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each hard filter on its own: a network of one fitting role, and the one reason it must not be suggested. */
class HardFiltersTest {

    private static final Seeker SEEKER = seeker("seeker", "Kempen Logistics", "tech", Set.of("java", "kafka"),
            List.of("Programmer"));
    private static final HiringContact FITTING = hiring("target", "Leie Software", "tech",
            role("Applications Programmer", Seniority.MID, "Brussels", false, "java", "kafka"));

    @Test
    void aFittingRoleIsSuggested() {
        assertThat(targets(rank(FITTING, Exclusions.none()))).containsExactly("target");
    }

    @Test
    void notWhenTheTargetDoesNotAllowIntroductions() {
        assertThat(rank(withConsent(FITTING, new IntroductionConsent(false, 5, 0)), Exclusions.none())).isEmpty();
    }

    @Test
    void notWhenTheTargetHadAsManyIntroductionsThisMonthAsTheyAgreedTo() {
        assertThat(rank(withConsent(FITTING, new IntroductionConsent(true, 2, 2)), Exclusions.none())).isEmpty();
        assertThat(rank(withConsent(FITTING, new IntroductionConsent(true, 0, 0)), Exclusions.none())).isEmpty();
        assertThat(rank(withConsent(FITTING, new IntroductionConsent(true, 2, 1)), Exclusions.none())).hasSize(1);
    }

    @Test
    void notWhenThePairIsExcluded() {
        Exclusions pending = new Exclusions(Set.of(new ContactPair("seeker", "target")));
        Exclusions someoneElse = new Exclusions(Set.of(new ContactPair("another seeker", "target")));

        assertThat(rank(FITTING, pending)).isEmpty();
        assertThat(rank(FITTING, someoneElse)).hasSize(1);
    }

    @Test
    void notTheSeekerThemself() {
        HiringContact seekerHiring = hiring("seeker", "Leie Software", "tech",
                role("Applications Programmer", Seniority.MID, "Brussels", false, "java", "kafka"));

        assertThat(rank(seekerHiring, Exclusions.none())).isEmpty();
    }

    @Test
    void notAtTheSeekersOwnCompanyWhateverTheCase() {
        HiringContact colleague = hiring("colleague", " kempen LOGISTICS", "tech",
                role("Applications Programmer", Seniority.MID, "Brussels", false, "java", "kafka"));

        assertThat(rank(colleague, Exclusions.none())).isEmpty();
    }

    @Test
    void notWithoutAnyRelevanceHoweverCloseTheTarget() {
        HiringContact friend = new HiringContact("friend", "Ourthe Health", "health", Seniority.EXECUTIVE,
                "Brussels", true, new Relationship(5.0, NOW, 0, 0), Fixtures.open(),
                List.of(role("Dentist", Seniority.SENIOR, "Brussels", false, "dentrix")));

        assertThat(rank(friend, Exclusions.none())).isEmpty();
    }

    @Test
    void theSeekersOwnFieldIsRelevanceEnough() {
        HiringContact sameField = hiring("same field", "Ourthe Health", "Tech",
                role("Dentist", Seniority.SENIOR, "Brussels", false, "dentrix"));

        assertThat(targets(rank(sameField, Exclusions.none()))).containsExactly("same field");
    }

    private static List<Match> rank(HiringContact contact, Exclusions exclusions) {
        return MATCHER.rank(SEEKER, Fixtures.network(contact), exclusions, NOW).top(10);
    }
}

package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matching.Fixtures.NOW;
import static org.warmintro.referral.matching.Fixtures.hiring;
import static org.warmintro.referral.matching.Fixtures.role;
import static org.warmintro.referral.matching.Fixtures.seeker;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.warmintro.referral.vocabulary.Onet;

class DiversityTest {

    private static final Seeker SEEKER = seeker("seeker", null, "tech", Set.of("java", "kafka", "kubernetes"),
            List.of("Programmer"));

    /** Four people hiring for a role that fits perfectly, all at one company. */
    private static final HiringContact ACME_CTO = acme("acme-cto", "Applications Programmer");
    private static final HiringContact ACME_DEV_LEAD = acme("acme-dev-lead", "Computer Programmer");
    private static final HiringContact ACME_HEAD = acme("acme-head", "Programmer");
    private static final HiringContact ACME_VP = acme("acme-vp", "Application Programmer");
    private static final HiringContact LEIE = hiring("leie-lead", "Leie Software", "tech",
            role("Programmer", Seniority.MID, "Brussels", false, "java", "cobol"));
    private static final HiringContact YSER = hiring("yser-head", "Yser Robotics", "robotics",
            role("Programmer", Seniority.MID, "Ghent", false, "kafka", "ros"));

    private final HiringNetwork network = Fixtures.network(ACME_CTO, ACME_DEV_LEAD, ACME_HEAD, ACME_VP, LEIE, YSER);

    @Test
    void withoutACapOneCompanyFillsTheTop() {
        Matcher uncapped = matcher(new DiversityPolicy(100, 100));

        assertThat(uncapped.rank(SEEKER, network, Exclusions.none(), NOW).top(4)).extracting(Match::targetId)
                .containsExactly("acme-cto", "acme-dev-lead", "acme-head", "acme-vp");
    }

    @Test
    void aCompanyTakesAtMostItsCapWhileOthersAreLeftAndTheReasonsSaySo() {
        List<Match> top = matcher(new DiversityPolicy(2, 100)).rank(SEEKER, network, Exclusions.none(), NOW).top(5);

        assertThat(top).extracting(Match::targetId)
                .containsExactly("acme-cto", "acme-dev-lead", "leie-lead", "yser-head", "acme-head");
        assertThat(top).extracting(Match::forDiversity).containsExactly(false, false, true, true, false);
        assertThat(top.get(2).reasons()).last().isEqualTo(
                "here for diversity: 2 higher-scored matches were held back so that Acme does not fill the list");
        assertThat(top.get(4).reasons()).noneMatch(reason -> reason.startsWith("here for diversity"));
        // the held-back matches still come after the others, in their order
        assertThat(top.get(4).score()).isGreaterThan(top.get(2).score());
    }

    @Test
    void aFieldTakesAtMostItsCap() {
        List<Match> top = matcher(new DiversityPolicy(100, 3)).rank(SEEKER, network, Exclusions.none(), NOW).top(4);

        assertThat(top).extracting(Match::targetId)
                .containsExactly("acme-cto", "acme-dev-lead", "acme-head", "yser-head");
        assertThat(top.get(3).reasons()).last().isEqualTo(
                "here for diversity: 2 higher-scored matches were held back so that tech does not fill the list");
    }

    @Test
    void aHiringContactWithSeveralFittingRolesTakesOnePlace() {
        HiringContact acmeCto = hiring("acme-cto", "Acme", "tech",
                ACME_CTO.openRoles().get(0), ACME_DEV_LEAD.openRoles().get(0), ACME_HEAD.openRoles().get(0));
        Matcher uncapped = matcher(new DiversityPolicy(100, 100));

        List<Match> top = uncapped.rank(SEEKER, Fixtures.network(acmeCto, LEIE, YSER), Exclusions.none(), NOW)
                .top(3);

        assertThat(top).extracting(Match::targetId).containsExactly("acme-cto", "leie-lead", "yser-head");
        assertThat(top.get(0).otherRoles()).hasSize(2);
    }

    @Test
    void theDefaultsCapCompaniesAtTwoAndFieldsAtFour() {
        assertThat(MatchingConfig.DEFAULTS.diversity()).isEqualTo(new DiversityPolicy(2, 4));
        assertThat(MatchingConfig.DEFAULTS.relationshipHalfLife()).isEqualTo(Duration.ofDays(90));
    }

    private static HiringContact acme(String id, String title) {
        return hiring(id, "Acme", "tech", role(title, Seniority.MID, "Brussels", false, "java", "kafka", "kubernetes"));
    }

    private static Matcher matcher(DiversityPolicy diversity) {
        return new Matcher(new MatchingConfig(Weights.DEFAULTS, diversity, Duration.ofDays(90)), Onet.CATALOG);
    }
}

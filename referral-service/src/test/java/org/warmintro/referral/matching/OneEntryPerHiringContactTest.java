package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matching.Fixtures.MATCHER;
import static org.warmintro.referral.matching.Fixtures.NOW;
import static org.warmintro.referral.matching.Fixtures.hiring;
import static org.warmintro.referral.matching.Fixtures.role;
import static org.warmintro.referral.matching.Fixtures.seeker;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An introduction is to a person, not to a role: a hiring contact with several open roles that fit a seeker is one
 * match, under their best role, with the other fitting roles beside it.
 */
class OneEntryPerHiringContactTest {

    private static final Seeker ANNIE = seeker("annie", "VUB", "media",
            Set.of("adobe indesign", "wordpress", "social media", "copywriting"),
            List.of("Communication Specialist", "Content Writer"));

    /**
     * Hires for two roles that fit Annie, the weaker one listed first, and for one that does not fit at all (nothing
     * in common, and outside her field, which would make any role relevant).
     */
    private static final HiringContact KOFI = hiring("kofi", "Scheldt Agency", "advertising",
            role("Copywriter", Seniority.MID, "Brussels", false, "copywriting", "google ads",
                    "search engine optimization"),
            role("Backend Engineer", Seniority.SENIOR, "Brussels", false, "java", "kafka"),
            role("Communication Specialist", Seniority.MID, "Brussels", false, "wordpress", "social media",
                    "adobe indesign"));
    private static final HiringContact LUCAS = hiring("lucas", "Sonian Publishing", "media",
            role("Content Writer", Seniority.MID, "Antwerp", false, "copywriting", "wordpress"));

    private final HiringNetwork network = Fixtures.network(KOFI, LUCAS);

    @Test
    void aHiringContactWithTwoFittingRolesAppearsOnceUnderTheBestWithTheOtherBesideIt() {
        Ranking ranking = MATCHER.rank(ANNIE, network, Exclusions.none(), NOW);
        List<Match> matches = ranking.top(10);

        assertThat(matches).extracting(Match::targetId).containsExactly("kofi", "lucas");
        assertThat(ranking.size()).as("hiring contacts Annie can be introduced to").isEqualTo(2);
        Match kofi = matches.get(0);
        assertThat(kofi.roleTitle()).isEqualTo("Communication Specialist");
        assertThat(kofi.otherRoles()).extracting(OtherRole::title).containsExactly("Copywriter");
        assertThat(kofi.otherRoles().get(0).score()).isPositive().isLessThan(kofi.score());
        assertThat(matches.get(1).otherRoles()).isEmpty();
    }

    @Test
    void theOtherRolesComeBestFirstAndTheReasonsSpeakOfTheBestRole() {
        HiringContact kofi = hiring("kofi", "Scheldt Media", "media",
                role("Editor", Seniority.MID, "Brussels", false, "adobe indesign", "adobe premiere pro",
                        "final cut pro"),
                role("Copywriter", Seniority.MID, "Brussels", false, "copywriting", "wordpress", "google ads"),
                role("Communication Specialist", Seniority.MID, "Brussels", false, "wordpress", "social media",
                        "adobe indesign"));

        Match match = MATCHER.rank(ANNIE, Fixtures.network(kofi), Exclusions.none(), NOW).top(1).get(0);

        assertThat(match.roleTitle()).isEqualTo("Communication Specialist");
        assertThat(match.otherRoles()).extracting(OtherRole::title).containsExactly("Copywriter", "Editor");
        assertThat(match.otherRoles()).extracting(OtherRole::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(match.reasons()).first().asString().endsWith("with the Communication Specialist role");
    }
}

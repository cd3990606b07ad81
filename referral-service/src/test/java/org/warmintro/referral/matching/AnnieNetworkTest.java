package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matching.Fixtures.MATCHER;
import static org.warmintro.referral.matching.Fixtures.NOW;
import static org.warmintro.referral.matching.Fixtures.role;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.assertj.core.data.Offset;

import org.junit.jupiter.api.Test;

/**
 * The story's network: Annie studied media, is finishing a PhD at the VUB in Brussels, and looks for communication
 * or content work; she improved the connector's blog before asking for anything. The connector knows people who hire
 * in media and in tech, one at her own university, one who does not want introductions, one who had enough of them
 * this month, and one Annie was already introduced to.
 */
class AnnieNetworkTest {

    private static final Seeker ANNIE = new Seeker("annie", "VUB", "Media",
            Seniority.JUNIOR, Set.of("adobe indesign", "wordpress", "social media", "copywriting", "nvivo"),
            List.of("Communication Specialist", "Content Writer"), List.of("Brussels, Belgium"), false,
            new Relationship(4.0, NOW.minus(Duration.ofDays(3)), 0, 1));

    /** Hires for exactly what Annie looks for, in her field and city, has a say, and spoke with the connector lately. */
    private static final HiringContact SOFIE = new HiringContact("sofie", "Scheldt Media", "media",
            Seniority.DIRECTOR, "Brussels", true, new Relationship(4.0, NOW.minus(Duration.ofDays(21)), 2, 1),
            Fixtures.open(), List.of(role("Communication Specialist", Seniority.JUNIOR, "Brussels", false,
                    "wordpress", "social media", "adobe indesign", "google analytics")));

    /** A copywriter is what O*NET calls a writer, as is a content writer; in Antwerp, and a weaker relationship. */
    private static final HiringContact LUCAS = new HiringContact("lucas", "Sonian Publishing", "Media",
            Seniority.MANAGER, "Antwerp", true, new Relationship(3.0, NOW.minus(Duration.ofDays(150)), 0, 0),
            Fixtures.open(), List.of(role("Copywriter", Seniority.JUNIOR, null, false, "copywriting", "wordpress",
                    "search engine optimization")));

    /** Tech company, no say in hiring, hardly in touch: but a remote marketing communications role. */
    private static final HiringContact NINA = new HiringContact("nina", "Atomium Software", "Tech",
            Seniority.MID, "Ghent", false, new Relationship(2.0, NOW.minus(Duration.ofDays(240)), 0, 0),
            Fixtures.open(), List.of(role("Marketing Communications Specialist", Seniority.MID, null, true,
                    "social media", "google analytics", "hubspot")));

    /** The connector's closest friend, hiring backend engineers: nothing for Annie, however close. */
    private static final HiringContact WEI = new HiringContact("wei", "Atomium Software", "Tech", Seniority.LEAD,
            "Brussels", true, new Relationship(5.0, NOW.minus(Duration.ofDays(1)), 3, 3), Fixtures.open(),
            List.of(role("Sr. Backend Engineer", Seniority.SENIOR, "Brussels", false, "java", "kafka", "kubernetes")));

    /** At Annie's own university. */
    private static final HiringContact HUGO = new HiringContact("hugo", "vub ", "Media", Seniority.DIRECTOR,
            "Brussels", true, Relationship.unknown(), Fixtures.open(),
            List.of(role("Communication Specialist", Seniority.JUNIOR, "Brussels", false, "wordpress")));

    /** Does not want to be introduced to anyone. */
    private static final HiringContact MARIE = new HiringContact("marie", "Brabant Media", "Media",
            Seniority.MANAGER, "Brussels", true, Relationship.unknown(), new IntroductionConsent(false, 5, 0),
            List.of(role("Content Writer", Seniority.JUNIOR, "Brussels", false, "copywriting", "wordpress")));

    /** Agreed to two introductions a month and had two. */
    private static final HiringContact JONAS = new HiringContact("jonas", "Meuse Studios", "Media",
            Seniority.MANAGER, "Brussels", true, Relationship.unknown(), new IntroductionConsent(true, 2, 2),
            List.of(role("Social Media Manager", Seniority.MID, "Brussels", false, "social media")));

    /** Declined an introduction to Annie last month; the pair rests. */
    private static final HiringContact EMMA = new HiringContact("emma", "Flanders Media", "Media",
            Seniority.MANAGER, "Brussels", true, Relationship.unknown(), Fixtures.open(),
            List.of(role("Editor", Seniority.JUNIOR, "Brussels", false, "copywriting", "adobe indesign")));

    private final HiringNetwork network = Fixtures.network(SOFIE, LUCAS, NINA, WEI, HUGO, MARIE, JONAS, EMMA);
    private final Exclusions declinedLastMonth = new Exclusions(Set.of(new ContactPair("annie", "emma")));

    @Test
    void ranksTheMediaPeopleWhoHireForWhatAnnieLooksForFirst() {
        List<Match> matches = MATCHER.rank(ANNIE, network, declinedLastMonth, NOW).top(10);

        // Sofie: everything fits and the connector can write to her today. Lucas: the same occupation and field, but
        // in Antwerp and out of touch for months. Nina: a related role, remote, at a tech company, barely known.
        assertThat(matches).extracting(Match::targetId).containsExactly("sofie", "lucas", "nina");
        assertThat(matches).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(matches).noneMatch(Match::forDiversity);
    }

    @Test
    void saysWhyInWords() {
        List<Match> matches = MATCHER.rank(ANNIE, network, declinedLastMonth, NOW).top(10);

        assertThat(matches.get(0).reasons()).containsExactly(
                "shares adobe indesign, social media and wordpress with the Communication Specialist role",
                "fits the target role \"Communication Specialist\" (both Public Relations Specialists)",
                "in the seeker's field (media)",
                "in Brussels, where the seeker wants to work",
                "at the seeker's level (junior)",
                "the hiring contact has a say in hiring (director)",
                "you last spoke 3 weeks ago, and know each other well",
                "you last spoke with the seeker 3 days ago, and know each other well",
                "the seeker offered value first: helped you once and you have not helped them yet");
        assertThat(matches.get(1).reasons()).contains(
                "shares copywriting and wordpress with the Copywriter role",
                "fits the target role \"Content Writer\" (both Writers and Authors)",
                "you last spoke 5 months ago")
                .doesNotContain("in Brussels, where the seeker wants to work");
        assertThat(matches.get(2).reasons()).contains(
                "shares social media with the Marketing Communications Specialist role",
                "close to the target role \"Content Writer\": Search Marketing Strategists is closely related to "
                        + "Writers and Authors",
                "remote",
                "one step up for the seeker (junior to mid)");
    }

    @Test
    void carriesEachSignalSeparately() {
        Match sofie = MATCHER.rank(ANNIE, network, declinedLastMonth, NOW).top(1).get(0);

        assertThat(sofie.seekerId()).isEqualTo("annie");
        assertThat(sofie.roleTitle()).isEqualTo("Communication Specialist");
        assertThat(sofie.signals().title()).isEqualTo(1.0);
        assertThat(sofie.signals().field()).isEqualTo(1.0);
        assertThat(sofie.signals().location()).isEqualTo(1.0);
        assertThat(sofie.signals().seniority()).isEqualTo(1.0);
        // three of the four skills; the one she lacks, google analytics, is rarer in this network than the others
        assertThat(sofie.signals().skills()).isCloseTo(0.72, Offset.offset(0.01));
        assertThat(sofie.signals().balance()).isEqualTo(2.0 / 3);
        assertThat(sofie.score()).isEqualTo(sofie.signals().score(Weights.DEFAULTS));
    }

    @Test
    void leavesOutWhoeverAHardFilterOrTheLackOfRelevanceExcludes() {
        Ranking ranking = MATCHER.rank(ANNIE, network, declinedLastMonth, NOW);

        // wei: nothing in common; hugo: Annie's own university; marie: no introductions; jonas: over the monthly
        // cap; emma: declined, resting
        assertThat(ranking.size()).isEqualTo(3);
        assertThat(ranking.top(10)).extracting(Match::targetId)
                .doesNotContain("wei", "hugo", "marie", "jonas", "emma");
    }
}

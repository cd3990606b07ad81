package org.warmintro.referral.matching;

import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.warmintro.referral.matching.Fixtures.NOW;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.matching.synthetic.SyntheticNetworks;
import org.warmintro.referral.vocabulary.Occupation;
import org.warmintro.referral.vocabulary.OccupationCatalog;
import org.warmintro.referral.vocabulary.OccupationMatch;
import org.warmintro.referral.vocabulary.Onet;
import org.warmintro.referral.vocabulary.Relatedness;
import org.warmintro.referral.vocabulary.TechnologySkills;

/**
 * Measures match quality against O*NET's expert judgement rather than a hand-picked order: seekers and open roles
 * are drawn from occupations (titles from the alternate titles, skills from the occupation's technologies with
 * noise), and a role is relevant to a seeker by how related its occupation is to hers: the same 3, Primary-Short 2,
 * Primary-Long 1, else 0. Reports nDCG@10 (gain 2^grade - 1, log2 discount) of the matcher next to a plain
 * skill-overlap baseline and holds each figure to the floor MATCHING.md gives it. Method, figures and floors:
 * MATCHING.md.
 */
class MatchQualityEvaluationTest {

    private static final long SEED = 2025;
    private static final int NETWORK_SIZE = 10_000;
    private static final double HIRING_SHARE = 0.1;
    private static final int SEEKERS = 300;
    private static final int K = 10;
    private static final OccupationCatalog CATALOG = Onet.CATALOG;

    private static final List<Seeker> seekers = new ArrayList<>();
    private static final Map<Seeker, Occupation> occupationOfSeeker = new IdentityHashMap<>();
    private static final Map<OpenRole, Occupation> occupationOfRole = new IdentityHashMap<>();
    private static final Map<String, HiringContact> contactsById = new HashMap<>();
    private static NetworkStatistics statistics;

    /**
     * A random network of 10,000 contacts rarely holds roles related to a given seeker, so each seeker brings a few
     * into it: two of her own occupation, three Primary-Short and three Primary-Long, each with a hiring contact of
     * its own. All of them stay in the one network every seeker is ranked against.
     */
    @BeforeAll
    static void buildTheNetwork() {
        SyntheticNetworks synthetic = new SyntheticNetworks(CATALOG, TechnologySkills.load(), SEED, NOW);
        SyntheticNetworks.Network network = synthetic.network(NETWORK_SIZE, HIRING_SHARE);
        statistics = network.statistics();
        occupationOfRole.putAll(network.occupationOfRole());
        network.hiringContacts().forEach(contact -> contactsById.put(contact.contactId(), contact));
        Random random = new Random(SEED);
        while (seekers.size() < SEEKERS) {
            Occupation occupation = synthetic.randomOccupation();
            List<Occupation> primaryShort = related(occupation, Relatedness.PRIMARY_SHORT);
            List<Occupation> primaryLong = related(occupation, Relatedness.PRIMARY_LONG);
            if (primaryShort.size() < 3 || primaryLong.size() < 3) {
                continue;
            }
            Seeker seeker = synthetic.seeker("seeker-" + seekers.size(), occupation);
            seekers.add(seeker);
            occupationOfSeeker.put(seeker, occupation);
            List<Occupation> planted = new ArrayList<>(List.of(occupation, occupation));
            for (int i = 0; i < 3; i++) {
                planted.add(primaryShort.remove(random.nextInt(primaryShort.size())));
                planted.add(primaryLong.remove(random.nextInt(primaryLong.size())));
            }
            for (Occupation roleOccupation : planted) {
                OpenRole role = synthetic.openRole(roleOccupation);
                occupationOfRole.put(role, roleOccupation);
                String id = "planted-" + contactsById.size();
                contactsById.put(id, synthetic.hiringContact(id, roleOccupation, List.of(role)));
            }
        }
    }

    @Test
    void theMatcherRanksRelevantRolesHigherThanPlainSkillOverlap() {
        double baseline = meanNdcg(this::plainSkillOverlap);
        double skillsByRarity = meanNdcg(matcher(new Weights(1, 0, 0, 0, 0, 0, 0, 0, 0), false));
        double relevanceOnly = meanNdcg(matcher(new Weights(0.30, 0.25, 0.08, 0.10, 0.07, 0, 0, 0, 0), false));
        double defaultsWithoutDiversity = meanNdcg(matcher(Weights.DEFAULTS, false));
        double defaults = meanNdcg(matcher(Weights.DEFAULTS, true));

        System.out.printf("""
                Match quality, nDCG@%d over %d seekers, one network of %d hiring contacts and %d open roles:
                  plain skill overlap (baseline)          %.3f
                  matcher, skills by rarity only          %.3f
                  matcher, relevance signals only         %.3f
                  matcher, default weights, no diversity  %.3f
                  matcher, default weights and diversity  %.3f
                """, K, SEEKERS, contactsById.size(), occupationOfRole.size(), baseline, skillsByRarity,
                relevanceOnly, defaultsWithoutDiversity, defaults);
        assertSoftly(softly -> {
            softly.assertThat(baseline).as("baseline, the yardstick the floors were measured against")
                    .isBetween(0.29, 0.33);
            softly.assertThat(skillsByRarity).as("skills by rarity only").isGreaterThanOrEqualTo(0.35);
            softly.assertThat(relevanceOnly).as("relevance signals only").isGreaterThanOrEqualTo(0.78);
            softly.assertThat(defaultsWithoutDiversity).as("default weights, no diversity")
                    .isGreaterThanOrEqualTo(0.76);
            softly.assertThat(defaults).as("default weights and diversity").isGreaterThanOrEqualTo(0.68);
            softly.assertThat(defaults).as("default weights and diversity, against the baseline")
                    .isGreaterThan(baseline);
        });
    }

    @Test
    void titlesAsPeopleWriteThemReachTheirOccupation() {
        Random random = new Random(SEED);
        int sampled = 2_000;
        int[] first = new int[2];
        int[] amongThree = new int[2];
        List<Occupation> occupations = CATALOG.occupations().stream()
                .filter(occupation -> !CATALOG.alternateTitles(occupation).isEmpty()).toList();
        for (int i = 0; i < sampled; i++) {
            Occupation occupation = occupations.get(random.nextInt(occupations.size()));
            List<String> titles = CATALOG.alternateTitles(occupation);
            String title = titles.get(random.nextInt(titles.size()));
            List<String> variants = List.of(title, "Sr. " + title);
            for (int variant = 0; variant < variants.size(); variant++) {
                List<Occupation> resolved = CATALOG.resolve(variants.get(variant)).stream()
                        .map(OccupationMatch::occupation).toList();
                first[variant] += !resolved.isEmpty() && resolved.get(0).equals(occupation) ? 1 : 0;
                amongThree[variant] += resolved.contains(occupation) ? 1 : 0;
            }
        }
        // one title often names several occupations ("Communications Manager" names four): the first can only be
        // one of them
        System.out.printf("""
                Title resolution of %d alternate titles, their occupation first / among the three returned:
                  as written                  %.1f %% / %.1f %%
                  with "Sr." put before them  %.1f %% / %.1f %%
                """, sampled, 100.0 * first[0] / sampled, 100.0 * amongThree[0] / sampled,
                100.0 * first[1] / sampled, 100.0 * amongThree[1] / sampled);
        assertSoftly(softly -> {
            softly.assertThat(100.0 * first[0] / sampled).as("first, as written").isGreaterThanOrEqualTo(77);
            softly.assertThat(100.0 * amongThree[0] / sampled).as("among three, as written")
                    .isGreaterThanOrEqualTo(94);
            softly.assertThat(100.0 * first[1] / sampled).as("first, with Sr.").isGreaterThanOrEqualTo(77);
            softly.assertThat(100.0 * amongThree[1] / sampled).as("among three, with Sr.").isGreaterThanOrEqualTo(94);
        });
    }

    /** Ranks hiring contacts for a seeker, best first, each under one of their roles: at most {@link #K}. */
    private interface Ranker {
        List<OpenRole> top(Seeker seeker);
    }

    private Ranker matcher(Weights weights, boolean diversity) {
        DiversityPolicy policy = diversity ? DiversityPolicy.DEFAULTS : new DiversityPolicy(K, K);
        Matcher matcher = new Matcher(new MatchingConfig(weights, policy, Duration.ofDays(90)), CATALOG);
        HiringNetwork network = matcher.index(contactsById.values(), statistics);
        return seeker -> matcher.rank(seeker, network, Exclusions.none(), NOW).top(K).stream()
                .map(match -> roleOf(match.targetId(), match.roleTitle())).toList();
    }

    /**
     * The baseline: how many skills the seeker and a role share, no more; each hiring contact once, under the role
     * that shares the most.
     */
    private List<OpenRole> plainSkillOverlap(Seeker seeker) {
        ToDoubleFunction<OpenRole> shared = role -> role.skills().stream().filter(seeker.skills()::contains).count();
        return reachableContacts(seeker).stream()
                .map(contact -> contact.openRoles().stream().max(Comparator.comparingDouble(shared)).orElseThrow())
                .filter(role -> shared.applyAsDouble(role) > 0)
                .sorted(Comparator.comparingDouble(shared).reversed()).limit(K).toList();
    }

    /**
     * A list names each hiring contact once, under one role, which is graded; the ideal list shows each reachable
     * hiring contact under their most relevant role.
     */
    private double meanNdcg(Ranker ranker) {
        return seekers.stream().mapToDouble(seeker -> {
            ToDoubleFunction<OpenRole> grade = role -> grade(occupationOfSeeker.get(seeker), occupationOfRole.get(role));
            List<Double> ideal = reachableContacts(seeker).stream()
                    .map(contact -> contact.openRoles().stream().mapToDouble(grade).max().orElseThrow())
                    .sorted(Comparator.reverseOrder()).limit(K).toList();
            double idealDcg = dcg(ideal);
            return idealDcg == 0 ? 0 : dcg(ranker.top(seeker).stream().map(grade::applyAsDouble).toList()) / idealDcg;
        }).average().orElseThrow();
    }

    /** The hiring contacts the hard filters leave: all but those at the seeker's own company (consent is open here). */
    private static List<HiringContact> reachableContacts(Seeker seeker) {
        return contactsById.values().stream().filter(contact -> !contact.company().equalsIgnoreCase(seeker.company()))
                .toList();
    }

    private static OpenRole roleOf(String contactId, String title) {
        return contactsById.get(contactId).openRoles().stream().filter(role -> role.title().equals(title))
                .findFirst().orElseThrow();
    }

    private static double grade(Occupation seekers, Occupation roles) {
        return switch (CATALOG.relatedness(seekers, roles)) {
            case SAME -> 3;
            case PRIMARY_SHORT -> 2;
            case PRIMARY_LONG -> 1;
            default -> 0;
        };
    }

    private static double dcg(List<Double> grades) {
        double dcg = 0;
        for (int i = 0; i < grades.size(); i++) {
            dcg += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }

    private static List<Occupation> related(Occupation occupation, Relatedness tier) {
        return new ArrayList<>(CATALOG.occupations().stream()
                .filter(other -> CATALOG.relatedness(occupation, other) == tier).toList());
    }
}

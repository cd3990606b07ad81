package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matching.Fixtures.MATCHER;
import static org.warmintro.referral.matching.Fixtures.NOW;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.warmintro.referral.matching.synthetic.SyntheticNetworks;
import org.warmintro.referral.vocabulary.Onet;
import org.warmintro.referral.vocabulary.Occupation;
import org.warmintro.referral.vocabulary.TechnologySkills;

/** Merging one changed contact into a ranking gives what ranking the whole network again gives. */
class IncrementalRematchTest {

    private static final TechnologySkills TECHNOLOGY_SKILLS = TechnologySkills.load();

    @Test
    void everyKindOfChangeMergesToTheFullRecompute() {
        SyntheticNetworks synthetic = new SyntheticNetworks(Onet.CATALOG, TECHNOLOGY_SKILLS, 7, NOW);
        SyntheticNetworks.Network generated = synthetic.network(2_000, 0.2);
        Occupation occupation = synthetic.randomOccupation();
        Seeker seeker = synthetic.seeker("seeker", occupation);
        HiringNetwork network = MATCHER.index(generated.hiringContacts(), generated.statistics());
        Ranking ranking = MATCHER.rank(seeker, network, Exclusions.none(), NOW);
        Set<ContactPair> excluded = new HashSet<>();
        Random random = new Random(11);

        for (int event = 0; event < 200; event++) {
            HiringContact changed = generated.hiringContacts().get(random.nextInt(generated.hiringContacts().size()));
            switch (event % 5) {
                case 0 -> changed = withRoles(changed, List.of(synthetic.openRole(occupation)));
                case 1 -> changed = withRoles(changed, List.of(synthetic.openRole(synthetic.randomOccupation()),
                        synthetic.openRole(occupation)));
                case 2 -> changed = Fixtures.withConsent(changed, new IntroductionConsent(false, 3, 0));
                case 3 -> changed = withRoles(changed, List.of());
                default -> excluded.add(new ContactPair("seeker", changed.contactId()));
            }
            Exclusions exclusions = new Exclusions(excluded);
            network = network.with(changed);

            ranking = MATCHER.rematch(ranking, network, changed.contactId(), exclusions);

            Ranking full = MATCHER.rank(seeker, network, exclusions, NOW);
            assertThat(ranking.size()).isEqualTo(full.size());
            assertThat(ranking.top(ranking.size() + 1)).isEqualTo(full.top(full.size() + 1));
        }
        assertThat(ranking.size()).isGreaterThan(10);
    }

    @Test
    void aContactWhoLeftTheNetworkLeavesTheRanking() {
        SyntheticNetworks synthetic = new SyntheticNetworks(Onet.CATALOG, TECHNOLOGY_SKILLS, 8, NOW);
        Occupation occupation = synthetic.randomOccupation();
        HiringContact target = synthetic.hiringContact("target", occupation, List.of(synthetic.openRole(occupation)));
        Seeker seeker = synthetic.seeker("seeker", occupation);
        HiringNetwork network = Fixtures.network(target);
        Ranking ranking = MATCHER.rank(seeker, network, Exclusions.none(), NOW);

        Ranking rematched = MATCHER.rematch(ranking, network.without("target"), "target", Exclusions.none());

        assertThat(ranking.size()).isEqualTo(1);
        assertThat(rematched.size()).isZero();
        assertThat(rematched.rankedAt()).isEqualTo(ranking.rankedAt());
    }

    private static HiringContact withRoles(HiringContact contact, List<OpenRole> roles) {
        return new HiringContact(contact.contactId(), contact.company(), contact.field(), contact.seniority(),
                contact.location(), contact.hiringInfluence(), contact.relationship(), contact.consent(), roles);
    }
}

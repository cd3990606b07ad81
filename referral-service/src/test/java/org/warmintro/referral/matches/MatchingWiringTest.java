package org.warmintro.referral.matches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.warmintro.referral.matching.Exclusions;
import org.warmintro.referral.matching.HiringContact;
import org.warmintro.referral.matching.HiringNetwork;
import org.warmintro.referral.matching.IntroductionConsent;
import org.warmintro.referral.matching.Match;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.matching.MatchingConfig;
import org.warmintro.referral.matching.NetworkStatistics;
import org.warmintro.referral.matching.OpenRole;
import org.warmintro.referral.matching.Relationship;
import org.warmintro.referral.matching.Seeker;
import org.warmintro.referral.matching.Seniority;
import org.warmintro.referral.vocabulary.OccupationCatalog;

/** The service gets a working matcher, configured with the same defaults the pure tests use. */
@QuarkusTest
class MatchingWiringTest {

    @Inject
    MatchingSettings settings;

    @Inject
    OccupationCatalog catalog;

    @Inject
    Matcher matcher;

    @Test
    void theConfigurationDefaultsAreTheEnginesDefaults() {
        assertThat(settings.toConfig()).isEqualTo(MatchingConfig.DEFAULTS);
    }

    @Test
    void theInjectedMatcherMatches() {
        HiringContact target = new HiringContact("target", "Leie Software", "tech", Seniority.MANAGER, "Brussels",
                true, Relationship.unknown(), new IntroductionConsent(true, 3, 0),
                List.of(new OpenRole("Software Engineer", Set.of("java"), Seniority.MID, "Brussels", false)));
        Seeker seeker = new Seeker("seeker", null, "tech", Seniority.MID, Set.of("java"), List.of("Programmer"),
                List.of("Brussels"), false, Relationship.unknown());
        HiringNetwork network = matcher.index(List.of(target), NetworkStatistics.of(List.of(Set.of("java"))));

        List<Match> matches = matcher.rank(seeker, network, Exclusions.none(), Instant.now()).top(5);

        assertThat(catalog.occupations()).hasSize(1016);
        assertThat(matches).extracting(Match::targetId).containsExactly("target");
    }
}

package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.data.Offset.offset;
import static org.warmintro.referral.matching.Fixtures.NOW;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.warmintro.referral.vocabulary.Relatedness;

class SignalFunctionsTest {

    private static final Duration HALF_LIFE = Duration.ofDays(90);

    @Test
    void skillOverlapIsTheShareOfTheRolesSkillsWeightedByRarity() {
        NetworkStatistics statistics = NetworkStatistics.of(List.of(Set.of("excel", "kafka"), Set.of("excel"),
                Set.of("excel"), Set.of("excel")));
        String[] role = { "excel", "kafka" };
        double[] rarity = { statistics.rarity("excel"), statistics.rarity("kafka") };
        double total = rarity[0] + rarity[1];

        double rareShared = SignalFunctions.skillOverlap(Set.of("kafka"), role, rarity, total);
        double commonShared = SignalFunctions.skillOverlap(Set.of("excel"), role, rarity, total);

        assertThat(rareShared).isGreaterThan(0.5).isEqualTo(rarity[1] / total);
        assertThat(commonShared).isLessThan(0.5);
        assertThat(SignalFunctions.skillOverlap(Set.of("excel", "kafka", "java"), role, rarity, total)).isEqualTo(1);
        assertThat(SignalFunctions.skillOverlap(Set.of("java"), role, rarity, total)).isZero();
        assertThat(SignalFunctions.skillOverlap(Set.of("java"), new String[0], new double[0], 0)).isZero();
    }

    @Test
    void rarityIsAtLeastOneAndHighestForASkillNobodyHas() {
        NetworkStatistics statistics = NetworkStatistics.of(List.of(List.of("excel", "excel"), List.of("excel")));

        assertThat(statistics.contactCount()).isEqualTo(2);
        assertThat(statistics.rarity("excel")).isEqualTo(1.0);
        assertThat(statistics.rarity("kafka")).isGreaterThan(statistics.rarity("excel"));
    }

    @Test
    void titleFitFallsWithRelatedness() {
        assertThat(List.of(Relatedness.values())).extracting(SignalFunctions::titleFit)
                .containsExactly(1.0, 0.7, 0.45, 0.2, 0.0);
    }

    @Test
    void fieldFitsFullyWhenTheSameAndHalfInTheSameOccupationalGroup() {
        assertThat(SignalFunctions.fieldFit("media", "media", false)).isEqualTo(1);
        assertThat(SignalFunctions.fieldFit("media", "tech", true)).isEqualTo(0.5);
        assertThat(SignalFunctions.fieldFit("media", "tech", false)).isZero();
        assertThat(SignalFunctions.fieldFit(null, null, false)).isZero();
    }

    @Test
    void locationFitsWhereTheSeekerWantsToWorkOrRemotely() {
        Set<String> brussels = Set.of("brussels");

        assertThat(SignalFunctions.locationFit(brussels, true, "ghent", true)).isEqualTo(1);
        assertThat(SignalFunctions.locationFit(brussels, false, "brussels", false)).isEqualTo(1);
        assertThat(SignalFunctions.locationFit(brussels, false, "ghent", true)).isEqualTo(0.7);
        assertThat(SignalFunctions.locationFit(Set.of(), false, "ghent", false)).isEqualTo(0.5);
        assertThat(SignalFunctions.locationFit(brussels, false, null, false)).isEqualTo(0.5);
        assertThat(SignalFunctions.locationFit(brussels, false, "ghent", false)).isZero();
        assertThat(SignalFunctions.locationFit(Set.of(), true, "ghent", false)).isZero();
    }

    @Test
    void locationKeysCompareTheCityOnly() {
        assertThat(SignalFunctions.locationKey(" Brussels, Belgium")).isEqualTo("brussels");
        assertThat(SignalFunctions.locationKey("  ")).isNull();
        assertThat(SignalFunctions.key(" Scheldt Media ")).isEqualTo("scheldt media");
    }

    @Test
    void seniorityFitsBestAtTheSameLevelThenOneStepUp() {
        assertThat(SignalFunctions.seniorityFit(Seniority.MID, Seniority.MID)).isEqualTo(1);
        assertThat(SignalFunctions.seniorityFit(Seniority.MID, Seniority.SENIOR)).isEqualTo(0.8);
        assertThat(SignalFunctions.seniorityFit(Seniority.MID, Seniority.JUNIOR)).isEqualTo(0.6);
        assertThat(SignalFunctions.seniorityFit(Seniority.MID, Seniority.LEAD)).isEqualTo(0.3);
        assertThat(SignalFunctions.seniorityFit(Seniority.ENTRY, Seniority.EXECUTIVE)).isZero();
        assertThat(SignalFunctions.seniorityFit(null, Seniority.MID)).isEqualTo(0.5);
    }

    @Test
    void influenceIsMostlyASayInHiringThenSeniority() {
        assertThat(SignalFunctions.influence(true, Seniority.EXECUTIVE)).isEqualTo(1);
        assertThat(SignalFunctions.influence(true, null)).isEqualTo(0.6);
        assertThat(SignalFunctions.influence(false, Seniority.EXECUTIVE)).isCloseTo(0.4, offset(1e-9));
        assertThat(SignalFunctions.influence(false, Seniority.ENTRY)).isZero();
        assertThat(SignalFunctions.influence(true, Seniority.MANAGER))
                .isGreaterThan(SignalFunctions.influence(true, Seniority.MID));
    }

    @Test
    void relationshipStrengthFadesByHalfEveryHalfLifeDownToAQuarter() {
        assertThat(strength(new Relationship(5.0, NOW, 0, 0))).isEqualTo(1);
        assertThat(strength(new Relationship(4.0, NOW.minus(HALF_LIFE), 0, 0))).isCloseTo(0.4, offset(1e-9));
        assertThat(strength(new Relationship(4.0, NOW.minus(HALF_LIFE.multipliedBy(10)), 0, 0)))
                .isCloseTo(0.2, offset(1e-9));
        assertThat(strength(new Relationship(4.0, null, 0, 0))).isCloseTo(0.2, offset(1e-9));
        assertThat(strength(new Relationship(null, NOW, 0, 0))).isZero();
        // a clock a little ahead of ours is no reason to count more than the full strength
        assertThat(strength(new Relationship(5.0, NOW.plusSeconds(60), 0, 0))).isEqualTo(1);
    }

    @Test
    void balanceRewardsTheSeekerWhoHelpedFirst() {
        assertThat(SignalFunctions.balance(new Relationship(null, null, 0, 0))).isEqualTo(0.5);
        assertThat(SignalFunctions.balance(new Relationship(null, null, 0, 2))).isEqualTo(0.75);
        assertThat(SignalFunctions.balance(new Relationship(null, null, 2, 0))).isEqualTo(0.25);
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheSignals() {
        Signals signals = new Signals(1, 0, 0, 0, 0, 0, 0, 0, 0.5);
        Weights weights = new Weights(3, 0, 0, 0, 0, 0, 0, 0, 1);

        assertThat(signals.score(weights)).isEqualTo((3 * 1 + 0.5) / 4);
    }

    @Test
    void weightsAreFiniteNonNegativeAndNotAllZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Weights(-1, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Weights(Double.NaN, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Weights(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Relationship(6.0, null, 0, 0));
    }

    private static double strength(Relationship relationship) {
        return SignalFunctions.relationshipStrength(relationship, NOW, HALF_LIFE);
    }
}

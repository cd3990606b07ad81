package org.warmintro.referral.matches;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.warmintro.referral.matching.DiversityPolicy;
import org.warmintro.referral.matching.MatchingConfig;
import org.warmintro.referral.matching.Signals;
import org.warmintro.referral.matching.Weights;

/**
 * {@code referral.matching.*}: the weights of the signals and the diversity caps. The defaults are those of
 * {@link MatchingConfig#DEFAULTS}, which the tests without configuration use.
 */
@ConfigMapping(prefix = "referral.matching")
public interface MatchingSettings {

    SignalWeights weights();

    Diversity diversity();

    /** After this long without an interaction, a relationship counts half as much. */
    @WithDefault("P90D")
    Duration relationshipHalfLife();

    /**
     * How many matches are stored per seeker, and suggestions per member: the most a read can ask for. The first
     * {@code limit} of them are what {@code Ranking.top(limit)} would answer, as the diversity caps fill the list in
     * order.
     */
    @WithDefault("50")
    int storedMatches();

    /**
     * How long a member's network must go without a change before it is indexed again, when it changed since it was
     * indexed: the skill rarity and the relationships' fading are brought up to date once a burst of changes is over.
     */
    @WithDefault("PT2S")
    Duration settleAfter();

    /**
     * How far back a replica that is given a partition reads it again: the members changed that recently may have
     * been left unsettled by a replica that died, and the first of their changes read again builds them afresh. Longer
     * than the consumers' session timeout plus {@link #settleAfter()}.
     */
    @WithDefault("PT30S")
    Duration handoverLookback();

    /** How often the networks due to be indexed again are looked for. */
    @WithDefault("1s")
    String settleInterval();

    /** The weight of each signal of {@link Signals}; only their proportions matter. */
    interface SignalWeights {

        @WithDefault("0.30")
        double skills();

        @WithDefault("0.25")
        double title();

        @WithDefault("0.08")
        double field();

        @WithDefault("0.10")
        double location();

        @WithDefault("0.07")
        double seniority();

        @WithDefault("0.08")
        double influence();

        @WithDefault("0.07")
        double targetRelationship();

        @WithDefault("0.03")
        double seekerRelationship();

        @WithDefault("0.02")
        double balance();
    }

    interface Diversity {

        /** How many of the top matches may be at one company. */
        @WithDefault("2")
        int maxPerCompany();

        /** How many of the top matches may be in one field. */
        @WithDefault("4")
        int maxPerField();
    }

    default MatchingConfig toConfig() {
        SignalWeights w = weights();
        return new MatchingConfig(new Weights(w.skills(), w.title(), w.field(), w.location(), w.seniority(),
                w.influence(), w.targetRelationship(), w.seekerRelationship(), w.balance()),
                new DiversityPolicy(diversity().maxPerCompany(), diversity().maxPerField()), relationshipHalfLife());
    }
}

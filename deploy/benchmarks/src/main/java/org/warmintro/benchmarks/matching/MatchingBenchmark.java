package org.warmintro.benchmarks.matching;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warmintro.referral.matching.ContactPair;
import org.warmintro.referral.matching.Exclusions;
import org.warmintro.referral.matching.HiringContact;
import org.warmintro.referral.matching.HiringNetwork;
import org.warmintro.referral.matching.Match;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.matching.MatchingConfig;
import org.warmintro.referral.matching.OpenRole;
import org.warmintro.referral.matching.Ranking;
import org.warmintro.referral.matching.Seeker;
import org.warmintro.referral.matching.synthetic.SyntheticNetworks;
import org.warmintro.referral.vocabulary.Occupation;
import org.warmintro.referral.vocabulary.OccupationCatalog;
import org.warmintro.referral.vocabulary.TechnologySkills;

/**
 * Matching one seeker against a whole network, and re-matching after one profile event, on O*NET-made networks of
 * 1,000 to 30,000 contacts of whom one in ten hires for one to three roles. Targets (DESIGN.md): p99 under 20 ms at
 * 30,000, a re-match under 5 ms. Figures and method: referral-service/MATCHING.md.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatchingBenchmark {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final int CHANGES = 256;

    @Param({ "1000", "10000", "30000" })
    int networkSize;

    private Matcher matcher;
    private HiringNetwork network;
    private Seeker seeker;
    private Exclusions exclusions;
    private Ranking ranking;
    private HiringContact[] changes;
    private int nextChange;

    @Setup(Level.Trial)
    public void buildTheNetwork() {
        OccupationCatalog catalog = OccupationCatalog.load();
        SyntheticNetworks synthetic = new SyntheticNetworks(catalog, TechnologySkills.load(), 42, NOW);
        SyntheticNetworks.Network generated = synthetic.network(networkSize, 0.1);
        matcher = new Matcher(MatchingConfig.DEFAULTS, catalog);
        network = matcher.index(generated.hiringContacts(), generated.statistics());
        Occupation softwareDevelopers = catalog.occupation("15-1252.00").orElseThrow();
        seeker = synthetic.seeker("seeker", softwareDevelopers);
        Random random = new Random(42);
        List<HiringContact> hiring = generated.hiringContacts();
        Set<ContactPair> excluded = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            excluded.add(new ContactPair("seeker", hiring.get(random.nextInt(hiring.size())).contactId()));
        }
        exclusions = new Exclusions(excluded);
        ranking = matcher.rank(seeker, network, exclusions, NOW);
        // the events: a hiring contact now hires for a role of the seeker's occupation, or for another one
        changes = new HiringContact[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            HiringContact contact = hiring.get(random.nextInt(hiring.size()));
            Occupation occupation = i % 2 == 0 ? softwareDevelopers : synthetic.randomOccupation();
            changes[i] = new HiringContact(contact.contactId(), contact.company(), contact.field(),
                    contact.seniority(), contact.location(), contact.hiringInfluence(), contact.relationship(),
                    contact.consent(), List.of(synthetic.openRole(occupation)));
        }
        System.out.printf("%n%d contacts: %d hiring, %d open roles, %d hiring contacts matchable for the seeker%n",
                networkSize, hiring.size(), network.openRoleCount(), ranking.size());
    }

    /** Ranking the whole network for one seeker and writing the top ten with their reasons. */
    @Benchmark
    public List<Match> matchOneSeeker() {
        return matcher.rank(seeker, network, exclusions, NOW).top(10);
    }

    /** One profile event: the network updated with the changed contact, the seeker's ranking merged, the top ten. */
    @Benchmark
    public List<Match> rematchAfterOneProfileEvent() {
        HiringContact changed = changes[nextChange++ % CHANGES];
        HiringNetwork updated = network.with(changed);
        return matcher.rematch(ranking, updated, changed.contactId(), exclusions).top(10);
    }
}

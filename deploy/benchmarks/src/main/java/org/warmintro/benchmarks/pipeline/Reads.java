package org.warmintro.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.benchmarks.load.LoadResult;

/**
 * The reads a front end makes most: one contact card, a seeker's matches, the member's suggestions. Each is driven in
 * a closed loop for its highest throughput, then in an open loop for its latency, at the target rate if the closed
 * loop reached it and at 80% of what it reached otherwise; the bare Quarkus GET is later measured at the same rates.
 */
final class Reads {

    static final double TARGET_RATE = 15_000;
    static final double TARGET_P99_MS = 5;

    /** A read measured: its figures wait for the ceiling's, measured later at the same rate. */
    record Measured(String name, LoadResult closed, double rate, LoadResult open) {
    }

    private Reads() {
    }

    static List<Measured> measure(Platform platform, SeekerNetwork network) {
        String contacts = platform.options.contactsUrl() + "/api/v1/contacts/";
        String referral = platform.options.referralUrl() + "/api/v1/";
        List<String> seekers = network.seekers().stream().map(SeekerNetwork.Person::id).toList();
        List<String> cards = new ArrayList<>(seekers);
        network.targets().forEach(target -> cards.add(target.id()));
        List<Measured> measured = new ArrayList<>();
        measured.add(measure(platform, "GET one contact", () -> contacts + pick(cards), network.token()));
        measured.add(measure(platform, "GET a seeker's matches",
                () -> referral + "seekers/" + pick(seekers) + "/matches?limit=10", network.token()));
        measured.add(measure(platform, "GET suggestions", () -> referral + "suggestions?limit=10", network.token()));
        return measured;
    }

    private static Measured measure(Platform platform, String name, Supplier<String> url, String token) {
        Platform.step(name + ": closed loop, " + platform.options.connections() + " connections");
        LoadResult closed = platform.load.closedLoop(() -> HttpLoad.expect(platform.http.get(url.get(), token), 200),
                platform.options.connections());
        System.out.println("  " + closed.summary());
        double rate = Figures.latencyRate(TARGET_RATE, closed);
        Platform.step(String.format(Locale.ROOT, "%s: open loop at %,.0f/s", name, rate));
        LoadResult open = platform.load.openLoop(() -> HttpLoad.expect(platform.http.get(url.get(), token), 200), rate);
        System.out.println("  " + open.summary());
        return new Measured(name, closed, rate, open);
    }

    /** The figures of the reads, each beside the bare GET: its throughput, and its p99 at the same rate. */
    static void figures(List<Measured> reads, ResultTable table, Ceilings ceilings) {
        for (Measured read : reads) {
            Figure throughput = Figures.throughput(read.name() + ": closed loop", read.closed(), TARGET_RATE);
            Figure latency = Figures.latency(String.format(Locale.ROOT, "%s: p99 at %,.0f/s", read.name(), read.rate()),
                    read.open(), TARGET_P99_MS)
                    .onlyIf(read.rate() >= TARGET_RATE, String.format(Locale.ROOT, "at %,.0f/s, not %,.0f/s",
                            read.rate(), TARGET_RATE));
            table.add(ceilings.bareGetThroughput().map(c -> throughput.against(c, "bare Quarkus GET"))
                    .orElse(throughput));
            table.add(ceilings.bareGetP99(read.rate()).map(c -> latency.against(c, "bare Quarkus GET"))
                    .orElse(latency));
        }
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}

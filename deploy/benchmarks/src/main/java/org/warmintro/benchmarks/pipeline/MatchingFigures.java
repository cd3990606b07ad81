package org.warmintro.benchmarks.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.warmintro.benchmarks.matching.MatchingBenchmark;

/**
 * Matching one seeker against 30,000 contacts and re-matching after one profile event: {@link MatchingBenchmark}
 * run anew (JMH, one fork) with shorter settings than {@code run.sh matching}: 2 warm-up and 3 measured iterations of
 * 2 s, the network of 30,000 only.
 */
final class MatchingFigures {

    static final double MATCH_TARGET_MS = 5;
    static final double REMATCH_TARGET_MS = 1;

    private MatchingFigures() {
    }

    static List<Figure> measure() throws RunnerException {
        List<Figure> figures = new ArrayList<>();
        Platform.step("Matching (JMH, MatchingBenchmark, 30,000 contacts, short settings)");
        Options options = new OptionsBuilder()
                .include(MatchingBenchmark.class.getName())
                .param("networkSize", "30000")
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            double p99 = result.getPrimaryResult().getStatistics().getPercentile(99);
            boolean rematch = method.endsWith("rematchAfterOneProfileEvent");
            String name = rematch ? "re-match after one profile event (JMH): p99"
                    : "matching one seeker against 30,000 contacts (JMH): p99";
            figures.add(Figure.of(name, Kind.MILLISECONDS, p99, rematch ? REMATCH_TARGET_MS : MATCH_TARGET_MS)
                    .noting(String.format(Locale.ROOT, "p50 %s", Kind.MILLISECONDS.format(
                            result.getPrimaryResult().getStatistics().getPercentile(50)))));
        }
        return figures;
    }
}

package org.warmintro.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.HdrHistogram.Histogram;
import org.warmintro.local.MemberTokens;

/**
 * Measures contacts-service against the local run: the import of a LinkedIn export of 30,000 lines, then
 * {@code GET /api/v1/contacts?q=} on the resulting 30,000-contact network, closed-loop from a few threads.
 *
 * <pre>
 * ./local-run.sh                      # in one terminal
 * deploy/benchmarks/run.sh contacts   # in another
 * </pre>
 */
public final class ContactsBenchmark {

    public static void main(String[] args) throws Exception {
        String baseUrl = option(args, "--url", "http://localhost:8081");
        Path dataDir = Path.of(option(args, "--data-dir", ".local-data"));
        Path onet = Path.of(option(args, "--onet", "../shared/data/onet-29.2"));
        int lines = Integer.parseInt(option(args, "--lines", "30000"));
        int queries = Integer.parseInt(option(args, "--queries", "5000"));
        int threads = Integer.parseInt(option(args, "--threads", "4"));

        String member = "benchmark-" + UUID.randomUUID();
        String token = MemberTokens.in(dataDir.resolve("jwt")).tokenFor(member);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        NetworkGenerator generator = NetworkGenerator.fromOnet(onet);

        String export = generator.linkedInExport(lines, 42);
        System.out.printf(Locale.ROOT, "Import of a LinkedIn export: %,d lines, %,d bytes, member %s%n", lines,
                export.getBytes(StandardCharsets.UTF_8).length, member);
        long started = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/contacts/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(export)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "  HTTP %d in %.2f s (%,.0f lines/s): %s%n", imported.statusCode(), seconds,
                lines / seconds, abbreviate(imported.body()));

        List<String> words = searchWords(generator);
        Histogram latencies = new Histogram(60_000_000L, 3);
        run(http, baseUrl, token, words, Math.min(500, queries), threads, new Histogram(60_000_000L, 3));
        long searchStarted = System.nanoTime();
        run(http, baseUrl, token, words, queries, threads, latencies);
        double searchSeconds = (System.nanoTime() - searchStarted) / 1e9;
        System.out.printf(Locale.ROOT, "Search GET /api/v1/contacts?q=<1-2 words>&size=20 on %,d contacts: %,d queries, "
                + "%d threads, %.0f queries/s%n", lines, queries, threads, queries / searchSeconds);
        System.out.printf(Locale.ROOT, "  p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms%n",
                latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(90) / 1000.0,
                latencies.getValueAtPercentile(99) / 1000.0, latencies.getMaxValue() / 1000.0);
    }

    private static void run(HttpClient http, String baseUrl, String token, List<String> words, int queries, int threads,
            Histogram latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Histogram>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = queries / threads;
            long seed = t;
            results.add(pool.submit(() -> {
                Random random = new Random(seed);
                Histogram mine = new Histogram(60_000_000L, 3);
                for (int i = 0; i < share; i++) {
                    String q = words.get(random.nextInt(words.size()));
                    if (random.nextBoolean()) {
                        q += " " + words.get(random.nextInt(words.size()));
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/contacts?size=20&q="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .header("Authorization", "Bearer " + token).build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    mine.recordValue((System.nanoTime() - sent) / 1000);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET ?q=" + q + " answered " + response.statusCode());
                    }
                }
                return mine;
            }));
        }
        for (Future<Histogram> result : results) {
            latencies.add(result.get());
        }
        pool.shutdown();
    }

    /** What people type: a first name, a word of a job title, or a company's name. */
    private static List<String> searchWords(NetworkGenerator generator) {
        List<String> words = new ArrayList<>(NetworkGenerator.firstNames());
        generator.titles().stream().limit(4000).flatMap(title -> List.of(title.split("[^\\p{L}]+")).stream())
                .filter(word -> word.length() > 3).distinct().limit(400).forEach(words::add);
        NetworkGenerator.companies().stream().map(company -> company.split(" ")[0]).distinct().forEach(words::add);
        return words;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}

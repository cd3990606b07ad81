package org.warmintro.benchmarks.pipeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.NetworkGenerator;
import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.benchmarks.load.HttpLoad.Answer;
import org.warmintro.benchmarks.load.LoadResult;

/**
 * A member of this run with a network imported from a LinkedIn export (by default 30,000 lines, most of them with a
 * job title that has the word "engineer"): times the import, then searches it with the words people type.
 */
final class ImportedNetwork {

    static final double IMPORT_TARGET_SECONDS = 5;
    static final double SEARCH_TARGET_MS = 20;
    /** A word most cards share: what makes a search costly when its hits are counted and ranked. */
    static final String SHARED_WORD = "engineer";
    static final double SHARED_WORD_SHARE = 0.6;
    private static final int SEARCH_CONNECTIONS = 8;
    private static final Duration IMPORT_PATIENCE = Duration.ofMinutes(15);
    /** The people contacts-service writes per transaction of an import. */
    private static final int IMPORT_CHUNK = 500;

    private final Platform platform;
    private final String member;
    private final String token;
    private final int created;
    private final Figure importFigure;

    private ImportedNetwork(Platform platform, String member, String token, int created, Figure importFigure) {
        this.platform = platform;
        this.member = member;
        this.token = token;
        this.created = created;
        this.importFigure = importFigure;
    }

    Figure importFigure() {
        return importFigure;
    }

    static ImportedNetwork importExport(Platform platform, NetworkGenerator generator) {
        double bare = bareLoadSeconds(platform, platform.options.lines());
        ImportedNetwork imported = importExport(platform, generator, "imported", 42);
        return Double.isNaN(bare) ? imported : new ImportedNetwork(platform, imported.member, imported.token,
                imported.created, imported.importFigure.against(bare, "JDBC batches of " + IMPORT_CHUNK));
    }

    /**
     * The export of {@code --lines} people generated from {@code seed}, imported by the member of this run named
     * {@code role}: one profile event on {@code contacts.profiles.v1} per person created.
     */
    static ImportedNetwork importExport(Platform platform, NetworkGenerator generator, String role, long seed) {
        int lines = platform.options.lines();
        String member = platform.member(role);
        String token = platform.token(member);
        String export = generator.withTitlesSharing(SHARED_WORD, SHARED_WORD_SHARE).linkedInExport(lines, seed);
        Platform.step(String.format(Locale.ROOT, "Import of a LinkedIn export: %,d lines, %,d bytes, member %s", lines,
                export.getBytes(StandardCharsets.UTF_8).length, member));
        long started = System.nanoTime();
        Answer answer = Platform.await(platform.http.send(HttpMethod.POST,
                platform.options.contactsUrl() + "/api/v1/contacts/import", token, "text/csv", export, IMPORT_PATIENCE),
                IMPORT_PATIENCE);
        double seconds = (System.nanoTime() - started) / 1e9;
        String name = String.format(Locale.ROOT, "import of a LinkedIn export of %,d lines", lines);
        if (answer.status() != 200) {
            throw new IllegalStateException("The import answered " + answer.status() + ": " + answer.body());
        }
        JsonNode report = Platform.json(answer.body());
        int created = report.path("created").asInt();
        System.out.printf(Locale.ROOT, "  %.2f s, %,d created, %d errors%n", seconds, created,
                report.path("errors").size());
        Figure figure = Figure.of(name, Kind.SECONDS, seconds, IMPORT_TARGET_SECONDS).noting(String.format(
                Locale.ROOT, "%,d created, %d errors", created, report.path("errors").size()));
        return new ImportedNetwork(platform, member, token, created, figure);
    }

    int created() {
        return created;
    }

    /** The same number of cards and outbox rows written by JDBC alone, in the import's chunks; NaN if it failed. */
    private static double bareLoadSeconds(Platform platform, int lines) {
        Platform.step(String.format(Locale.ROOT, "Ceiling: %,d cards and outbox rows by JDBC, %d per transaction",
                lines, IMPORT_CHUNK));
        try (JdbcOutbox bare = JdbcOutbox.prepare(platform.options.postgres(), 1)) {
            double seconds = bare.chunkedLoadSeconds(lines, IMPORT_CHUNK);
            System.out.printf(Locale.ROOT, "  %.2f s%n", seconds);
            return seconds;
        } catch (java.sql.SQLException e) {
            System.out.println("  not measured: " + e.getMessage());
            return Double.NaN;
        }
    }

    /**
     * Each query on its own: the most searches a second in a closed loop, then the latency in an open loop at a rate
     * below that (at most {@code --search-rate}).
     */
    List<Figure> search() {
        List<Figure> figures = new ArrayList<>();
        List<String> queries = List.of(SHARED_WORD, "eng", "sofie", "brabant media", "zyxwvut");
        for (String query : queries) {
            String url = platform.options.contactsUrl() + "/api/v1/contacts?size=20&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8);
            long hits = Platform.json(platform.expect(HttpMethod.GET, url, token, null, null, 200).body())
                    .path("total").asLong();
            Platform.step(String.format(Locale.ROOT, "Search \"%s\" (%,d hits): closed loop, %d connections", query,
                    hits, SEARCH_CONNECTIONS));
            LoadResult closed = platform.load.closedLoop(() -> HttpLoad.expect(platform.http.get(url, token), 200),
                    SEARCH_CONNECTIONS);
            System.out.println("  " + closed.summary());
            double rate = Figures.latencyRate(platform.options.searchRate(), closed);
            Platform.step(String.format(Locale.ROOT, "Search \"%s\": open loop at %,.0f/s", query, rate));
            LoadResult open = platform.load.openLoop(() -> HttpLoad.expect(platform.http.get(url, token), 200), rate);
            System.out.println("  " + open.summary());
            Figure figure = Figures.latency(String.format(Locale.ROOT,
                    "search \"%s\" over %,d cards (%,d hits; closed loop max %,.0f/s): p99 at %,.0f/s", query, created,
                    hits, closed.throughput(), rate), open, SEARCH_TARGET_MS);
            figures.add(bareQueryP99(query, rate).map(bare -> figure.against(bare, "the page's query alone"))
                    .orElse(figure));
        }
        return figures;
    }

    /** The p99 of the search's page query sent by JDBC alone, at the rate the search's was measured at. */
    private java.util.Optional<Double> bareQueryP99(String query, double rate) {
        Platform.step(String.format(Locale.ROOT, "Ceiling: the page's query for \"%s\" by JDBC: p99 at %,.0f/s",
                query, rate));
        try (BareSearch bare = new BareSearch(platform.options.postgres(), member, query, SEARCH_CONNECTIONS)) {
            LoadResult result = platform.load.openLoop(bare, rate);
            System.out.println("  " + result.summary());
            return java.util.Optional.of(result.millisAt(99));
        } catch (RuntimeException e) {
            System.out.println("  not measured: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }
}

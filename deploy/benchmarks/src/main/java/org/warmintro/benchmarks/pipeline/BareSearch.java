package org.warmintro.benchmarks.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.warmintro.benchmarks.load.Operation;

/**
 * The PostgreSQL floor of a search: the page query contacts-service sends for {@code q=} (every word as a prefix, the
 * member's cards, ranked, 20 rows), sent by JDBC alone to the local run's {@code contacts} database, with no count,
 * no card read and no HTTP. Each thread holds its own connection, as a pool would.
 */
final class BareSearch implements Operation, AutoCloseable {

    private static final String PAGE = """
            select cast(c.id as text) from contact c
            where c.member_id = ? and c.search_vector @@ to_tsquery('contact_search', ?)
            order by ts_rank(c.search_vector, to_tsquery('contact_search', ?)) desc, c.full_name, c.id
            limit 20""";

    private final String server;
    private final String member;
    private final String textQuery;
    private final ExecutorService threads;
    private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::connect);
    private final List<Connection> connections = new ArrayList<>();

    BareSearch(String server, String member, String query, int threadCount) {
        this.server = server;
        this.member = member;
        this.textQuery = List.of(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !word.isEmpty()).map(word -> word + ":*").collect(Collectors.joining(" & "));
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, "bare-search");
            thread.setDaemon(true);
            return thread;
        });
    }

    private Connection connect() {
        try {
            Connection opened = DriverManager.getConnection("jdbc:postgresql://" + server + "/contacts", "postgres",
                    null);
            synchronized (connections) {
                connections.add(opened);
            }
            return opened;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + server, e);
        }
    }

    @Override
    public CompletableFuture<?> start() {
        return CompletableFuture.runAsync(this::page, threads);
    }

    private void page() {
        try (PreparedStatement page = connection.get().prepareStatement(PAGE)) {
            page.setString(1, member);
            page.setString(2, textQuery);
            page.setString(3, textQuery);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        synchronized (connections) {
            for (Connection opened : connections) {
                try {
                    opened.close();
                } catch (SQLException ignored) {
                    // closing after the measurement: nothing depends on it
                }
            }
        }
    }
}

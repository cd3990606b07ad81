package org.warmintro.benchmarks.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.warmintro.benchmarks.load.Operation;

/**
 * The database floor of a contact write: one transaction that inserts a card-sized row and an outbox row, and
 * commits, on the local run's PostgreSQL (with its durability settings, which it reports) in a scratch database
 * that is dropped afterwards. Each of a fixed set of threads holds its own connection, as a pool would.
 */
final class JdbcOutbox implements Operation, AutoCloseable {

    private static final String DATABASE = "warmintro_benchmark";
    private static final String PAYLOAD = """
            {"contactId": "%s", "memberId": "bench", "version": 1, "fullName": "Annie Wang",
             "email": "annie.wang@example.org", "headline": "Media researcher, PhD candidate at VUB", "company": "VUB",
             "title": "PhD Researcher", "field": "media and communication", "skills": ["content strategy", "mandarin"],
             "location": "Brussels, Belgium", "relationship": {"strength": 3},
             "consent": {"introductionsAllowed": true}}""";

    private static final String INSERT_CARD = "insert into card (id, member_id, version, full_name, email, data,"
            + " updated_at) values (?, 'bench', 1, 'Annie Wang', 'annie.wang@example.org', ?::jsonb, now())";
    private static final String INSERT_OUTBOX = "insert into outbox (aggregate_id, type, payload, occurred_at)"
            + " values (?, 'network.contact.upserted.v1', ?::jsonb, now())";

    private final String server;
    private final ExecutorService threads;
    private final ThreadLocal<Connection> connection;
    private final List<Connection> connections = new ArrayList<>();

    private JdbcOutbox(String server, int threadCount) {
        this.server = server;
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, "jdbc-outbox");
            thread.setDaemon(true);
            return thread;
        });
        this.connection = ThreadLocal.withInitial(this::connect);
    }

    /** Makes the scratch database and its two tables on {@code server} (host:port), as its superuser. */
    static JdbcOutbox prepare(String server, int threads) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(server, "postgres"), "postgres", null);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        try (Connection scratch = DriverManager.getConnection(url(server, DATABASE), "postgres", null);
                Statement statement = scratch.createStatement()) {
            statement.execute("""
                    create table card (id uuid primary key, member_id text not null, version bigint not null,
                        full_name text not null, email text, data jsonb not null, updated_at timestamptz not null)""");
            statement.execute("""
                    create table outbox (id bigserial primary key, aggregate_id uuid not null, type text not null,
                        payload jsonb not null, occurred_at timestamptz not null)""");
        }
        return new JdbcOutbox(server, threads);
    }

    /** The durability settings of the server: what a commit waits for. */
    static String durability(String server) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(server, "postgres"), "postgres", null);
                Statement statement = admin.createStatement()) {
            List<String> settings = new ArrayList<>();
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")) {
                try (ResultSet rows = statement.executeQuery("show " + name)) {
                    rows.next();
                    settings.add(name + "=" + rows.getString(1));
                }
            }
            return String.join(", ", settings);
        }
    }

    private static String url(String server, String database) {
        return "jdbc:postgresql://" + server + "/" + database;
    }

    private Connection connect() {
        try {
            Connection opened = DriverManager.getConnection(url(server, DATABASE), "postgres", null);
            opened.setAutoCommit(false);
            synchronized (connections) {
                connections.add(opened);
            }
            return opened;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + server, e);
        }
    }

    /**
     * The database floor of an import: {@code rows} cards and their outbox rows written in transactions of
     * {@code chunk}, each statement batched, as contacts-service writes an import's chunks; the seconds it took.
     */
    double chunkedLoadSeconds(int rows, int chunk) throws SQLException {
        Connection db = connection.get();
        long started = System.nanoTime();
        try (PreparedStatement card = db.prepareStatement(INSERT_CARD);
                PreparedStatement outbox = db.prepareStatement(INSERT_OUTBOX)) {
            for (int written = 0; written < rows; written += chunk) {
                for (int i = written; i < Math.min(rows, written + chunk); i++) {
                    UUID id = UUID.randomUUID();
                    String payload = PAYLOAD.formatted(id);
                    card.setObject(1, id);
                    card.setString(2, payload);
                    card.addBatch();
                    outbox.setObject(1, id);
                    outbox.setString(2, payload);
                    outbox.addBatch();
                }
                card.executeBatch();
                outbox.executeBatch();
                db.commit();
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public CompletableFuture<?> start() {
        return CompletableFuture.runAsync(this::transaction, threads);
    }

    private void transaction() {
        Connection db = connection.get();
        UUID id = UUID.randomUUID();
        String payload = PAYLOAD.formatted(id);
        try (PreparedStatement card = db.prepareStatement(INSERT_CARD);
                PreparedStatement outbox = db.prepareStatement(INSERT_OUTBOX)) {
            card.setObject(1, id);
            card.setString(2, payload);
            card.executeUpdate();
            outbox.setObject(1, id);
            outbox.setString(2, payload);
            outbox.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the failure of the transaction is the one worth reporting
            }
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        threads.shutdownNow();
        synchronized (connections) {
            for (Connection opened : connections) {
                opened.close();
            }
        }
        try (Connection admin = DriverManager.getConnection(url(server, "postgres"), "postgres", null);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
        }
    }
}

package org.warmintro.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server (the binaries come from Maven Central), with one database and one login role per
 * service, as a production cluster would have them.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port}. With a {@code dataDir} the cluster is kept between runs and as durable as in
     * production (the benchmarks measure it so); without one it lives in a temporary directory, tuned for speed over
     * durability, as tests want.
     */
    public static PostgresServer start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDir != null) {
                // the library starts the server with -F (fsync off) and synchronous_commit off; these come after it
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on");
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            builder.setServerConfig("max_connections", "200");
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on port " + port, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database {@code name} owned by a login role of the same name and password, unless it exists. */
    public Database database(String name) {
        String role = name;
        String password = name;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                statement.execute("create role \"" + role + "\" login password '" + password + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database \"" + name + "\" owner \"" + role + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new Database("jdbc:postgresql://localhost:" + port() + "/" + name, role, password);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop PostgreSQL", e);
        }
    }

    /** How a service reaches its database. */
    public record Database(String jdbcUrl, String username, String password) {

        /** The Quarkus datasource configuration for this database. */
        public Map<String, String> quarkusConfig() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", jdbcUrl,
                    "quarkus.datasource.username", username,
                    "quarkus.datasource.password", password);
        }
    }
}

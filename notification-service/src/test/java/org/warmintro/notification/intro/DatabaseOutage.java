package org.warmintro.notification.intro;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes the service's PostgreSQL database away and brings it back, as a server that stops or a network that fails
 * would: its connections are cut and new ones refused, and the data stays.
 */
final class DatabaseOutage {

    private final String serverUrl;
    private final String database;

    /** @param jdbcUrl the service's own, {@code jdbc:postgresql://host:port/database} */
    DatabaseOutage(String jdbcUrl) {
        this.serverUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
        this.database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    void begin() throws SQLException {
        allowConnections(false);
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "'");
        }
    }

    void end() throws SQLException {
        allowConnections(true);
    }

    private void allowConnections(boolean allowed) throws SQLException {
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("alter database \"" + database + "\" with allow_connections " + allowed);
        }
    }

    /** The server's superuser, on its maintenance database. */
    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
    }
}

package org.warmintro.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void theLocalRunsDatabaseFlushesEveryCommitToDisk() throws Exception {
        try (PostgresServer server = PostgresServer.start(dataDir.resolve("postgres"), 0)) {
            PostgresServer.Database contacts = server.database("contacts");
            try (Connection connection = DriverManager.getConnection(contacts.jdbcUrl(), contacts.username(),
                    contacts.password())) {
                assertEquals("on", setting(connection, "fsync"));
                assertEquals("on", setting(connection, "synchronous_commit"));
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

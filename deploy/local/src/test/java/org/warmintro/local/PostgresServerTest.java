package org.warmintro.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's PostgreSQL keeps what it committed, as production does, and its log beside its data. */
class PostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void theLocalRunsPostgresFlushesEveryCommitToDiskAndKeepsItsLog() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        int port = freePort();
        try (PostgresServer postgres = PostgresServer.start(cluster, port)) {
            assertThat(setting(port, "fsync")).isEqualTo("on");
            assertThat(setting(port, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(port, "full_page_writes")).isEqualTo("on");
        }
        assertThat(Files.readString(dataDir.resolve("postgres.log"))).contains("database system is shut down");
    }

    private static String setting(int port, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.warmintro.testing;

import java.sql.Connection;
import java.sql.SQLException;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.warmintro.local.PostgresServer;

/** PostgreSQL's official image, tuned for speed over durability as the embedded server is. */
final class PostgresContainer implements ManagedPostgres {

    static final DockerImageName IMAGE = DockerImageName.parse("postgres:17");
    private static final int POSTGRES_PORT = 5432;

    private PostgreSQLContainer container;

    @Override
    public PostgresServer.Database launch(String database) {
        container = new PostgreSQLContainer(IMAGE)
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off", "-c", "max_connections=200");
        container.start();
        try (Connection admin = container.createConnection("")) {
            return PostgresServer.database(admin, container.getHost(), container.getMappedPort(POSTGRES_PORT),
                    database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to PostgreSQL in its container", e);
        }
    }

    @Override
    public void remove() {
        if (container != null) {
            container.stop();
        }
    }
}

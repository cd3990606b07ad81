package org.warmintro.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.warmintro.local.PostgresServer;

/**
 * Starts a real PostgreSQL server with the service's own database, named by the {@code database} init argument.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";

    private String database;
    private PostgresServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, "app");
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.start(null, FreePort.find());
        return server.database(database).quarkusConfig();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}

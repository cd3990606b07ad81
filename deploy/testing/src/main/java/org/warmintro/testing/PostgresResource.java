package org.warmintro.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real PostgreSQL server with the service's own database, named by the {@code database} init argument: from
 * the binaries of Maven Central, or the official image in a container ({@link InfrastructureChoice}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";

    private String database;
    private ManagedPostgres server;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, "app");
    }

    @Override
    public Map<String, String> start() {
        server = InfrastructureChoice.current().postgres();
        return server.launch(database).quarkusConfig();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.remove();
        }
    }
}

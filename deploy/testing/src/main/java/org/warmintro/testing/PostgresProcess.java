package org.warmintro.testing;

import org.warmintro.local.PostgresServer;

/** A real PostgreSQL 17 server from the binaries of Maven Central. */
final class PostgresProcess implements ManagedPostgres {

    private PostgresServer server;

    @Override
    public PostgresServer.Database launch(String database) {
        server = PostgresServer.start(null, FreePort.find());
        return server.database(database);
    }

    @Override
    public void remove() {
        if (server != null) {
            server.close();
        }
    }
}

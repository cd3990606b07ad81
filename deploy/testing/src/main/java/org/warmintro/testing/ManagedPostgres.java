package org.warmintro.testing;

import org.warmintro.local.PostgresServer;

/** A PostgreSQL server that {@link PostgresResource} starts for the tests of a module and removes after them. */
interface ManagedPostgres {

    /** Starts the server with the database of a service, owned by a login role of the same name. */
    PostgresServer.Database launch(String database);

    void remove();
}

package org.warmintro.testing;

import org.warmintro.local.MongoProtocolServer;

/** The in-memory MongoDB-protocol server (mongo-java-server) of the local run. */
final class MongoProtocolServerInMemory implements ManagedMongo {

    private MongoProtocolServer server;

    @Override
    public String launch() {
        server = MongoProtocolServer.inMemory(FreePort.find());
        return server.connectionString();
    }

    @Override
    public void takeDown() {
        server.takeDown();
    }

    @Override
    public void bringBack() {
        server.bringBack();
    }

    @Override
    public void remove() {
        if (server != null) {
            server.close();
        }
    }
}

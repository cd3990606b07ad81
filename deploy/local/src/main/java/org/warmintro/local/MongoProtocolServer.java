package org.warmintro.local;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), since no {@code mongod} can be installed on these
 * machines. It has no multi-document transactions, no {@code $text} and ignores TTL and non-unique indexes, so the
 * referral service relies on none of them and runs unchanged on real MongoDB.
 */
public final class MongoProtocolServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoProtocolServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** In memory, for tests. */
    public static MongoProtocolServer inMemory(int port) {
        return start(new MemoryBackend(), port);
    }

    /** Backed by an H2 file, so that the local run keeps its data across restarts. */
    public static MongoProtocolServer inFile(Path file, int port) {
        file.getParent().toFile().mkdirs();
        return start(new H2Backend(file.toString()), port);
    }

    private static MongoProtocolServer start(MongoBackend backend, int port) {
        // change streams need the oplog
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        return new MongoProtocolServer(server, port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}

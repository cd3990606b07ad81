package org.warmintro.local;

import java.nio.file.Path;
import java.util.function.Supplier;

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

    private final Supplier<MongoBackend> backends;
    private final int port;
    private MongoServer server;

    private MongoProtocolServer(Supplier<MongoBackend> backends, int port) {
        this.backends = backends;
        this.port = port;
        bringBack();
    }

    /** In memory, for tests; the data outlives {@link #takeDown()}, as a database's files outlive a restart. */
    public static MongoProtocolServer inMemory(int port) {
        MongoBackend memory = new MemoryBackend() {
            @Override
            public void close() {
                // stopping the server closes its backend; the memory is the data, and the garbage collector frees it
            }
        };
        return new MongoProtocolServer(() -> memory, port);
    }

    /** Backed by an H2 file, so that the local run keeps its data across restarts. */
    public static MongoProtocolServer inFile(Path file, int port) {
        file.getParent().toFile().mkdirs();
        return new MongoProtocolServer(() -> new H2Backend(file.toString()), port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** Stops the server as a crash or a network partition would: clients lose their connections, new ones fail. */
    public synchronized void takeDown() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Starts the server again on the same port, with the data it had. */
    public synchronized void bringBack() {
        if (server != null) {
            return;
        }
        MongoBackend backend = backends.get();
        // change streams need the oplog
        backend.enableOplog();
        MongoServer started = new MongoServer(backend);
        started.bind("localhost", port);
        server = started;
    }

    @Override
    public void close() {
        takeDown();
    }
}

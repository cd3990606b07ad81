package org.warmintro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * MongoDB's official image as a one-node replica set, as production runs it: queries, transactions, {@code $text}
 * and every index work as they do there, unlike on the MongoDB-protocol server.
 */
final class MongoReplicaSetContainer implements ManagedMongo {

    static final DockerImageName IMAGE = DockerImageName.parse("mongo:8.0");
    private static final int MONGO_PORT = 27017;
    private static final Duration PRIMARY_TIMEOUT = Duration.ofSeconds(60);

    private MongoDBContainer container;
    private boolean running;

    @Override
    public synchronized String launch() {
        container = new MongoDBContainer(IMAGE).withReplicaSet();
        ContainerRestarts.fixHostPorts(container, MONGO_PORT);
        container.start();
        running = true;
        return container.getConnectionString();
    }

    /** Ends the server as a crash would: the service loses its connections, new ones are refused. */
    @Override
    public synchronized void takeDown() {
        if (running) {
            ContainerRestarts.kill(container);
            running = false;
        }
    }

    /** Starts the server again on its data, and waits until it is the replica set's primary again. */
    @Override
    public synchronized void bringBack() {
        if (running) {
            return;
        }
        ContainerRestarts.start(container);
        running = true;
        ContainerRestarts.awaitReady(container, "MongoDB", PRIMARY_TIMEOUT, this::isWritablePrimary);
    }

    @Override
    public synchronized void remove() {
        if (container != null) {
            container.stop();
            running = false;
        }
    }

    private boolean isWritablePrimary() {
        try {
            ExecResult hello = container.execInContainer("mongosh", "--quiet", "--eval",
                    "db.hello().isWritablePrimary");
            return hello.getExitCode() == 0 && hello.getStdout().trim().equals("true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for MongoDB", e);
        }
    }
}

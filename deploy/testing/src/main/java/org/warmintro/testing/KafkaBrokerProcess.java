package org.warmintro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.warmintro.local.KafkaBroker;
import org.warmintro.local.Topics;

/** A real Kafka broker in a JVM of its own, from the jars of Maven Central. */
final class KafkaBrokerProcess implements ManagedKafkaBroker {

    private Path dir;
    private int port;
    private int controllerPort;
    private KafkaBroker broker;

    @Override
    public synchronized void launch() {
        try {
            dir = Files.createTempDirectory("kafka-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = FreePort.find();
        controllerPort = FreePort.find();
        bringBack();
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public synchronized void takeDown() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public synchronized void kill() {
        if (broker != null) {
            broker.kill();
            broker = null;
        }
    }

    @Override
    public synchronized void bringBack() {
        takeDown();
        broker = KafkaBroker.start(dir, port, controllerPort, Topics.all());
    }

    @Override
    public void remove() {
        takeDown();
    }
}

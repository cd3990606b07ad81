package org.warmintro.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;
import org.warmintro.local.KafkaBroker;
import org.warmintro.local.Topics;

/** Apache Kafka's official image in KRaft mode, configured as the embedded broker is. */
final class KafkaBrokerContainer implements ManagedKafkaBroker {

    /** The release of the embedded broker ({@code kafka.version} of the parent POM). */
    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:4.1.2");
    private static final int KAFKA_PORT = 9092;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private KafkaContainer container;
    private boolean running;

    @Override
    public synchronized void launch() {
        container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", Integer.toString(Topics.PARTITIONS))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                // compaction should show its effect quickly, as on the embedded broker
                .withEnv("KAFKA_LOG_CLEANER_BACKOFF_MS", "1000");
        ContainerRestarts.fixHostPorts(container, KAFKA_PORT);
        container.start();
        running = true;
        awaitReadyWithTopics();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public synchronized void takeDown() {
        if (running) {
            ContainerRestarts.stop(container);
            running = false;
        }
    }

    @Override
    public synchronized void kill() {
        if (running) {
            ContainerRestarts.kill(container);
            running = false;
        }
    }

    @Override
    public synchronized void bringBack() {
        takeDown();
        ContainerRestarts.start(container);
        running = true;
        awaitReadyWithTopics();
    }

    @Override
    public synchronized void remove() {
        if (container != null) {
            container.stop();
            running = false;
        }
    }

    private void awaitReadyWithTopics() {
        try {
            KafkaBroker.createTopicsWhenReady(bootstrapServers(), Topics.all(), Instant.now().plus(READY_TIMEOUT),
                    () -> ContainerRestarts.requireUp(container, "Kafka"));
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + READY_TIMEOUT + ":\n"
                    + ContainerRestarts.logTail(container), e);
        }
    }
}

package org.warmintro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.warmintro.local.KafkaBroker;
import org.warmintro.local.Topics;

/**
 * Starts a real Kafka broker (a JVM of its own) with every topic of the platform, for all the tests of a module.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private final Control control = new Control();
    private KafkaCompanion companion;

    @Override
    public Map<String, String> start() {
        control.bringBack();
        companion = new KafkaCompanion(control.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", control.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(companion,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
        testInjector.injectIntoFields(control,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, KafkaBrokerControl.class));
    }

    @Override
    public void stop() {
        if (companion != null) {
            companion.close();
        }
        control.takeDown();
    }

    private static final class Control implements KafkaBrokerControl {

        private final Path dir;
        private final int port = FreePort.find();
        private final int controllerPort = FreePort.find();
        private KafkaBroker broker;

        Control() {
            try {
                dir = Files.createTempDirectory("kafka-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
    }
}

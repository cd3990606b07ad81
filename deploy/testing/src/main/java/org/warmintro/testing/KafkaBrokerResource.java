package org.warmintro.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Starts a real Kafka broker with every topic of the platform, for all the tests of a module: a JVM of its own, or
 * the official image in a container ({@link InfrastructureChoice}).
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private ManagedKafkaBroker broker;
    private KafkaCompanion companion;

    @Override
    public Map<String, String> start() {
        broker = InfrastructureChoice.current().kafkaBroker();
        broker.launch();
        companion = new KafkaCompanion(broker.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(companion,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
        testInjector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, KafkaBrokerControl.class));
    }

    @Override
    public void stop() {
        if (companion != null) {
            companion.close();
        }
        if (broker != null) {
            broker.remove();
        }
    }
}

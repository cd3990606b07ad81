package org.warmintro.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a MongoDB server: the in-memory MongoDB-protocol server, or MongoDB's official image as a one-node replica
 * set ({@link InfrastructureChoice}); tests may take it away for a while ({@link InjectMongoServer}).
 */
public class MongoResource implements QuarkusTestResourceLifecycleManager {

    private ManagedMongo server;

    @Override
    public Map<String, String> start() {
        server = InfrastructureChoice.current().mongo();
        return Map.of("quarkus.mongodb.connection-string", server.launch());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectMongoServer.class, MongoServerControl.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.remove();
        }
    }
}

package org.warmintro.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.warmintro.local.MongoProtocolServer;

/** Starts an in-memory MongoDB-protocol server; tests may take it away for a while ({@link InjectMongoServer}). */
public class MongoResource implements QuarkusTestResourceLifecycleManager {

    private MongoProtocolServer server;

    @Override
    public Map<String, String> start() {
        server = MongoProtocolServer.inMemory(FreePort.find());
        return Map.of("quarkus.mongodb.connection-string", server.connectionString());
    }

    @Override
    public void inject(TestInjector testInjector) {
        MongoServerControl control = new MongoServerControl() {
            @Override
            public void takeDown() {
                server.takeDown();
            }

            @Override
            public void bringBack() {
                server.bringBack();
            }
        };
        testInjector.injectIntoFields(control,
                new TestInjector.AnnotatedAndMatchesType(InjectMongoServer.class, MongoServerControl.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}

package org.warmintro.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an SMTP server that tests read back every email the service sent from: GreenMail inside the test JVM, or
 * Mailpit's official image in a container ({@link InfrastructureChoice}).
 */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {

    private ManagedMailServer server;

    @Override
    public Map<String, String> start() {
        server = InfrastructureChoice.current().mailServer();
        server.launch();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", server.host(),
                "quarkus.mailer.port", Integer.toString(server.smtpPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectMailServer.class, MailServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.remove();
        }
    }
}

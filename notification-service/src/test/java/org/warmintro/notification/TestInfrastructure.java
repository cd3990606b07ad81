package org.warmintro.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.warmintro.testing.KafkaBrokerResource;
import org.warmintro.testing.MailServerResource;
import org.warmintro.testing.PostgresResource;

/**
 * The real infrastructure every test of this module runs against: a Kafka broker with the platform's topics, a
 * PostgreSQL with the service's own database and an SMTP server the tests read back. Global, so that all the test
 * classes share one start of the application.
 */
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = MailServerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "notification"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}

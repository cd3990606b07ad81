package org.warmintro.contacts;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.warmintro.testing.KafkaBrokerResource;
import org.warmintro.testing.PostgresResource;

/** The real infrastructure every test of this module runs against: one broker and one database for all of them. */
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true,
        initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "contacts"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}

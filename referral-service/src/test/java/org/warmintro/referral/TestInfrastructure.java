package org.warmintro.referral;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.warmintro.testing.KafkaBrokerResource;
import org.warmintro.testing.MongoResource;

/** The real infrastructure every test of this module runs against: one broker and one MongoDB server for all. */
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = MongoResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}

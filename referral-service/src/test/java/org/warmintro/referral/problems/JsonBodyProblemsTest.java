package org.warmintro.referral.problems;

import io.quarkus.test.junit.QuarkusTest;
import org.warmintro.testing.JsonBodyChecks;

@QuarkusTest
class JsonBodyProblemsTest extends JsonBodyChecks {

    @Override
    protected String jsonEndpoint() {
        return "/api/v1/intros";
    }
}

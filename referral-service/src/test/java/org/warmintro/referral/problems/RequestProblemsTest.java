package org.warmintro.referral.problems;

import io.quarkus.test.junit.QuarkusTest;
import org.warmintro.testing.RequestProblemChecks;

@QuarkusTest
class RequestProblemsTest extends RequestProblemChecks {

    @Override
    protected String memberEndpoint() {
        return "/api/v1/suggestions";
    }

    @Override
    protected String bodyEndpoint() {
        return "/api/v1/intros";
    }
}

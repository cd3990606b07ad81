package org.warmintro.contacts.problems;

import io.quarkus.test.junit.QuarkusTest;
import org.warmintro.testing.RequestProblemChecks;

@QuarkusTest
class RequestProblemsTest extends RequestProblemChecks {

    @Override
    protected String memberEndpoint() {
        return "/api/v1/contacts";
    }

    @Override
    protected String bodyEndpoint() {
        return "/api/v1/contacts/import";
    }
}

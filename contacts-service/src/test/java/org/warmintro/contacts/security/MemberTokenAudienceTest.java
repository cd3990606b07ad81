package org.warmintro.contacts.security;

import io.quarkus.test.junit.QuarkusTest;
import org.warmintro.testing.MemberTokenAudienceChecks;

@QuarkusTest
class MemberTokenAudienceTest extends MemberTokenAudienceChecks {

    @Override
    protected String memberEndpoint() {
        return "/api/v1/contacts";
    }
}

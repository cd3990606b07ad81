package org.warmintro.referral.security;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.warmintro.bearer.VerifiedTokens;
import org.warmintro.testing.RepeatedTokenChecks;

@QuarkusTest
class RepeatedTokenTest extends RepeatedTokenChecks {

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    protected String memberEndpoint() {
        return "/api/v1/suggestions";
    }

    @Override
    protected long tokenVerifications() {
        return verifiedTokens.verifications();
    }
}

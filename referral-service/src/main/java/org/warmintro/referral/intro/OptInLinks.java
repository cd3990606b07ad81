package org.warmintro.referral.intro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.warmintro.signedlinks.LinkTokens;

/**
 * The opt-in links' tokens: {@code <key id>.<introId>.<expiry>.<signature>}. The signature makes them unforgeable
 * and carries the expiry; single use comes from the intro's state, which a token cannot change twice. Made at
 * start-up, so that a missing or weak key stops the service there rather than at the first proposal.
 */
@ApplicationScoped
class OptInLinks {

    static final String PURPOSE = "opt-in";

    @Produces
    @Singleton
    @Startup
    LinkTokens optInTokens(IntroConfig config) {
        return new LinkTokens(PURPOSE, config.links());
    }
}

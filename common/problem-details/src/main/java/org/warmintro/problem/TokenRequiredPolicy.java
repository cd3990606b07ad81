package org.warmintro.problem;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets through only a request that carries a valid token, before its path, method, content type or size is judged:
 * {@code quarkus.http.auth.permission.<name>.policy=token-required}. Quarkus' own {@code authenticated} policy answers
 * a request without one with a bare 401; this one fails it with {@link UnauthorizedException}, which
 * {@link ProblemMappers} answers as every other 401. A request with an invalid token never gets here: proactive
 * authentication has refused it, through the same mapper.
 */
@ApplicationScoped
public class TokenRequiredPolicy implements HttpSecurityPolicy {

    public static final String NAME = "token-required";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        return identity.onItem().transform(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return CheckResult.PERMIT;
        });
    }

    @Override
    public String name() {
        return NAME;
    }
}

package org.warmintro.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request body over {@code quarkus.http.limits.max-body-size} with a 413 problem, as every other error.
 * Quarkus refuses such a body with an empty 413 before any resource or exception mapper is reached; this route does it
 * first, after authentication and the permission check (so that a request without a token answers 401 whatever its
 * size). A body of known length is judged by its Content-Length, a chunked one is read up to the limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    /**
     * Routes run in ascending order: Quarkus authenticates at -200 and checks permissions at -100 (the priorities of
     * its security handlers, negated), and refuses a body over the limit itself at -2.
     */
    static final int ORDER = -10;
    private static final int KIB = 1024;

    private final long maxBodySize;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        BodyHandler chunkedBody = BodyHandler.create(false).setBodyLimit(maxBodySize);
        router.route().order(ORDER).handler(request -> {
            String length = request.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null && Long.parseLong(length) > maxBodySize) {
                refuse(request);
            } else if (length == null && request.request().headers()
                    .contains(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED, true)) {
                // fails the request with 413, which the failure handler below answers, once the limit is passed
                chunkedBody.handle(request);
            } else {
                request.next();
            }
        }).failureHandler(request -> {
            if (request.statusCode() == 413 && !request.response().ended()) {
                refuse(request);
            } else {
                request.next();
            }
        });
    }

    /**
     * Answers 413, telling the client to close the connection. Until it does, what is left of the body is read and
     * dropped (Quarkus resumes a request once its response has ended), so that a client that sends the whole body
     * before it reads gets the answer too.
     */
    private void refuse(RoutingContext request) {
        Problem problem = Problem.of(413, "body-too-large", "Content Too Large",
                "A request body may hold at most " + readable(maxBodySize)).at(request.normalizedPath());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem cannot be written as JSON", e);
        }
        request.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .end(body);
    }

    static String readable(long bytes) {
        if (bytes % (KIB * KIB) == 0) {
            return bytes / (KIB * KIB) + " MiB";
        }
        if (bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " bytes";
    }
}

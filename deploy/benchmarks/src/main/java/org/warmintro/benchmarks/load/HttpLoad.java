package org.warmintro.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The HTTP side of the load: a Vert.x client, asynchronous, HTTP/1.1 with keep-alive and a pool of connections per
 * server, so that one process on a small machine can offer tens of thousands of requests a second. The product and
 * its bare ceiling are measured through this same client.
 */
public final class HttpLoad implements AutoCloseable {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Vertx vertx;
    private final HttpClient client;

    /** @param connections the most connections to one server; requests beyond them wait for one */
    public HttpLoad(int connections) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setPreferNativeTransport(false));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                        .setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** An answer: its status, body and ETag. */
    public record Answer(int status, String body, String etag) {
    }

    public CompletableFuture<Answer> get(String url, String token) {
        return send(HttpMethod.GET, url, token, null, null);
    }

    public CompletableFuture<Answer> send(HttpMethod method, String url, String token, String contentType,
            String body) {
        return send(method, url, token, contentType, body, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long the whole exchange may take */
    public CompletableFuture<Answer> send(HttpMethod method, String url, String token, String contentType,
            String body, Duration timeout) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url)
                .setTimeout(timeout.toMillis());
        if (token != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (contentType != null) {
            options.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return client.request(options)
                .compose(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(buffer -> new Answer(response.statusCode(),
                        buffer.toString(), response.getHeader(HttpHeaders.ETAG))))
                .toCompletionStage().toCompletableFuture();
    }

    /** Fails the answer unless its status is {@code expected}, with the status and the start of the body. */
    public static CompletableFuture<Answer> expect(CompletableFuture<Answer> answer, int expected) {
        return answer.thenApply(received -> {
            if (received.status() != expected) {
                String body = received.body().length() > 200 ? received.body().substring(0, 200) + "..."
                        : received.body();
                throw new IllegalStateException("HTTP " + received.status() + " (expected " + expected + "): " + body);
            }
            return received;
        });
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}

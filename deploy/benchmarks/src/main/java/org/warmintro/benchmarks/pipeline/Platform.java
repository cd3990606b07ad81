package org.warmintro.benchmarks.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.benchmarks.load.HttpLoad.Answer;
import org.warmintro.benchmarks.load.LoadGenerator;
import org.warmintro.local.MemberTokens;

/** What every step of the pipeline uses: the local run's addresses, its members' tokens, the load generator. */
final class Platform implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final PipelineOptions options;
    final HttpLoad http;
    final LoadGenerator load;
    /** Names this run's members and people apart from earlier runs' on the same local run. */
    final String runId;
    private final MemberTokens tokens;

    Platform(PipelineOptions options) {
        this.options = options;
        this.http = new HttpLoad(options.connections());
        this.load = new LoadGenerator(options.warmup(), options.measure());
        this.runId = Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36);
        this.tokens = MemberTokens.in(options.dataDir().resolve("jwt"));
    }

    /** A bearer token of a member of this run. */
    String token(String member) {
        return tokens.tokenFor(member);
    }

    String member(String role) {
        return "bench-" + runId + "-" + role;
    }

    /** Sends and waits for the answer (setup and checks; the measured load never waits). */
    Answer call(HttpMethod method, String url, String token, String contentType, String body) {
        return await(http.send(method, url, token, contentType, body), Duration.ofMinutes(5));
    }

    Answer expect(HttpMethod method, String url, String token, String contentType, String body, int status) {
        return await(HttpLoad.expect(http.send(method, url, token, contentType, body), status), Duration.ofMinutes(5));
    }

    String metrics(String serviceUrl) {
        return expect(HttpMethod.GET, serviceUrl + "/q/metrics", null, null, null, 200).body();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T await(CompletableFuture<T> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer within " + timeout, e);
        }
    }

    static void step(String what) {
        System.out.printf(Locale.ROOT, "%n[%tT] %s%n", System.currentTimeMillis(), what);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}

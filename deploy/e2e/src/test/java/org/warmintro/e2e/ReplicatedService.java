package org.warmintro.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.warmintro.local.ServiceInstances;
import org.warmintro.local.Waiting;

/**
 * The instances of one service as a client with a list of addresses uses them: each request goes to the next
 * instance in turn, and a request that could not connect, or whose connection broke, goes again to the next one.
 * Going again is safe for the requests these tests send while an instance may go: merge patches and PUTs of whole
 * profiles, and opt-in answers, end in the same state however often they arrive.
 */
final class ReplicatedService {

    private static final int ATTEMPTS = 20;

    private final String name;
    private final List<ServiceInstances.Instance> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong failovers = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ReplicatedService(String name, List<ServiceInstances.Instance> instances) {
        this.name = name;
        this.instances = instances;
    }

    /** Every instance of {@code service} of the local run whose data are in {@code dataDir}. */
    static ReplicatedService of(Path dataDir, String service) {
        List<ServiceInstances.Instance> instances = ServiceInstances.of(dataDir, service);
        if (instances.isEmpty()) {
            throw new IllegalStateException("No instance of " + service + " in " + dataDir);
        }
        return new ReplicatedService(service, instances);
    }

    List<ServiceInstances.Instance> instances() {
        return instances;
    }

    /** How many requests went again to another instance. */
    long failovers() {
        return failovers.get();
    }

    Api.Answer get(String token, String path) {
        return send(token, "GET", path, null, null);
    }

    Api.Answer post(String token, String path, String json) {
        return send(token, "POST", path, "application/json", json);
    }

    Api.Answer put(String token, String path, String json) {
        return send(token, "PUT", path, "application/json", json);
    }

    Api.Answer patch(String token, String path, String mergePatch) {
        return send(token, "PATCH", path, "application/merge-patch+json", mergePatch);
    }

    /** A form post without a token, as the opt-in page's buttons send it. */
    Api.Answer pressButton(String path) {
        return send(null, "POST", path, "application/x-www-form-urlencoded", null);
    }

    private Api.Answer send(String token, String method, String path, String contentType, String body) {
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ServiceInstances.Instance instance = instances.get(Math.floorMod(next.getAndIncrement(),
                    instances.size()));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Api.Answer(response.statusCode(), response.body());
            } catch (IOException refusedOrBroken) {
                failovers.incrementAndGet();
                last = refusedOrBroken;
                if (attempt % instances.size() == instances.size() - 1) {
                    // every instance failed once: a moment before the next round
                    Waiting.pause(Duration.ofMillis(Math.min(2_000L, 200L * (attempt + 1))));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(method + " " + path + " reached no instance of " + name + " " + instances
                .stream().map(instance -> instance.port() + (ProcessHandle.of(instance.pid()).map(ProcessHandle::isAlive)
                        .orElse(false) ? " (running)" : " (ended)")).toList(), last);
    }
}

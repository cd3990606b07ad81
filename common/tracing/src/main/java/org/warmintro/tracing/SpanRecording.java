package org.warmintro.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * Records spans only where they are exported. The trace context travels either way (HTTP, Kafka headers, outbox
 * rows): a span that is not sampled still has its trace id and passes it on, so logs and events of one request stay
 * correlated while nothing is recorded or sent.
 *
 * <p>Quarkus 3.33 cannot switch the OTLP exporter off at runtime: its endpoint falls back to localhost:4317 when
 * unset, and the exporter setting is fixed at build time. With no span sampled the exporter never has anything to
 * send, so it never connects and never logs a failed connection. {@link TracingConfig#exportEndpoint()} says whether a
 * collector was named.
 */
@ApplicationScoped
public class SpanRecording {

    @Produces
    @Singleton
    Sampler sampler(TracingConfig config) {
        return config.exportEndpoint().isPresent() ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}

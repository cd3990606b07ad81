package org.warmintro.tracing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records spans only where they are exported. The trace context travels either way (HTTP, Kafka headers, outbox
 * rows): a span that is not sampled still has its trace id and passes it on, so logs and events of one request stay
 * correlated while nothing is recorded or sent.
 *
 * <p>Quarkus 3.33 cannot switch the OTLP exporter off at runtime: its endpoint falls back to localhost:4317 when
 * unset, and the exporter setting is fixed at build time. With no span sampled the exporter never has anything to
 * send, so it never connects and never logs a failed connection.
 */
@ApplicationScoped
public class SpanRecording {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> endpoint) {
        return endpoint.isPresent() ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }
}

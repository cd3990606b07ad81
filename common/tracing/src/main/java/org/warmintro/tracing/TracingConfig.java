package org.warmintro.tracing;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "warmintro.tracing")
public interface TracingConfig {

    /**
     * The OTLP collector that spans go to; none are recorded without one. Quarkus' own
     * {@code quarkus.otel.exporter.otlp.traces.endpoint} cannot tell "unset" apart: it always has a default.
     */
    Optional<String> exportEndpoint();
}

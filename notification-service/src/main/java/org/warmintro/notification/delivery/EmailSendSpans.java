package org.warmintro.notification.delivery;

import java.util.Locale;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmintro.tracing.TraceParent;

/** The span of handing one email to the SMTP server, in the trace of the intro event that asked for it. */
@ApplicationScoped
class EmailSendSpans {

    private final Tracer tracer;

    EmailSendSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Runs {@code send} in the span. A failure marks the span with its type only: an SMTP server's answer may quote
     * the addresses, and spans leave the service.
     */
    void around(Notification notification, Runnable send) {
        Span span = tracer.spanBuilder("send " + notification.template.name().toLowerCase(Locale.ROOT) + " email")
                .setParent(TraceParent.restore(notification.traceparent))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("warmintro.notification.id", notification.id.toString())
                .setAttribute("warmintro.notification.attempt", notification.attempts + 1L)
                .startSpan();
        try (Scope current = span.makeCurrent()) {
            send.run();
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}

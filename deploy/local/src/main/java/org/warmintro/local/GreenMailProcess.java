package org.warmintro.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GreenMail's standalone SMTP server with its REST API ({@code GET /api/user/{email}/messages/INBOX},
 * {@code POST /api/mail/purge}), run as a process of its own for the local run.
 */
public final class GreenMailProcess implements AutoCloseable {

    private final int smtpPort;
    private final int apiPort;
    private final ManagedProcess process;

    private GreenMailProcess(int smtpPort, int apiPort, ManagedProcess process) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.process = process;
    }

    public static GreenMailProcess start(Path dir, int smtpPort, int apiPort) {
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled", "-Dgreenmail.verbose=false",
                "-jar", ProcessClasspath.of("greenmail"));
        ManagedProcess process = ManagedProcess.start("greenmail", command, dir, Map.of());
        GreenMailProcess greenMail = new GreenMailProcess(smtpPort, apiPort, process);
        try {
            greenMail.awaitReady();
        } catch (RuntimeException e) {
            greenMail.close();
            throw e;
        }
        return greenMail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    public ManagedProcess process() {
        return process;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(apiUrl() + "/api/service/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            process.requireAlive();
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the API is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for GreenMail", e);
            }
            Waiting.pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException("GreenMail did not become ready; see " + process.logFile());
    }

    @Override
    public void close() {
        process.close();
    }
}

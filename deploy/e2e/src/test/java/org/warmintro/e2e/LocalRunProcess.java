package org.warmintro.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.warmintro.local.ManagedProcess;

/**
 * The local run ({@code deploy/local/target/local-run.jar}, what {@code ./local-run.sh} executes) as a process of
 * its own, so that these tests start the platform exactly as a person does.
 */
final class LocalRunProcess implements AutoCloseable {

    static final java.util.Map<String, String> NO_QUIET_HOURS = java.util.Map.of(
            "NOTIFICATION_ETIQUETTE_QUIET_HOURS_START", "00:00",
            "NOTIFICATION_ETIQUETTE_QUIET_HOURS_END", "00:00");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private LocalRunProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "local-run-output");
        reader.setDaemon(true);
        reader.start();
    }

    static LocalRunProcess start(Path dataDir, String... options) throws IOException {
        Path repository = repository();
        List<String> command = new java.util.ArrayList<>(List.of(
                ManagedProcess.javaExecutable(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dwarmintro.repository=" + repository,
                "-jar", repository.resolve("deploy/local/target/local-run.jar").toString(),
                "--data-dir", dataDir.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        // the services inherit it: the story's emails must not wait for the morning whenever the suite runs
        builder.environment().putAll(NO_QUIET_HOURS);
        Process process = builder.start();
        return new LocalRunProcess(process);
    }

    static Path repository() {
        return Path.of(System.getProperty("warmintro.repository", "../..")).toAbsolutePath().normalize();
    }

    /** Waits for the launcher's "Ready." line, which it prints once every service reports ready. */
    void awaitReady(Duration timeout) throws Exception {
        try {
            ready.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The local run was not ready within " + timeout + ":\n" + String.join("\n", output));
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String output() {
        return String.join("\n", output);
    }

    /**
     * Stops the local run as Ctrl+C does, and waits for it and every process it started to end, so that the next
     * test finds the fixed ports free rather than a service of this run still answering on them.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("Ready.")) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new AssertionError("The local run ended before it was ready:\n" + output()));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }
}

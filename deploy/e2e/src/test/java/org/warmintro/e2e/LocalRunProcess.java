package org.warmintro.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    static final Map<String, String> NO_QUIET_HOURS = Map.of(
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
        // the services inherit it: the story's emails must not wait for the morning whenever the suite runs
        return start(dataDir, NO_QUIET_HOURS, options);
    }

    /** Starts the local run with {@code environment}, which the services it starts inherit. */
    static LocalRunProcess start(Path dataDir, Map<String, String> environment, String... options)
            throws IOException {
        ProcessBuilder builder = launcher(dataDir, options);
        builder.environment().putAll(environment);
        return new LocalRunProcess(builder.start());
    }

    /** {@code ./local-run.sh --mail address} for the local run whose data are in {@code dataDir}: what it prints. */
    static String mail(Path dataDir, String address) throws IOException, InterruptedException {
        Process mail = launcher(dataDir, "--mail", address).start();
        String output = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (mail.waitFor() != 0) {
            throw new AssertionError("--mail " + address + " failed:\n" + output);
        }
        return output;
    }

    private static ProcessBuilder launcher(Path dataDir, String... options) {
        Path repository = repository();
        List<String> command = new ArrayList<>(List.of(
                ManagedProcess.javaExecutable(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dwarmintro.repository=" + repository,
                "-jar", repository.resolve("deploy/local/target/local-run.jar").toString(),
                "--data-dir", dataDir.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
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

package org.warmintro.benchmarks.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.warmintro.local.ManagedProcess;
import org.warmintro.local.QuarkusServiceProcess;

/**
 * A local run of the benchmark's own ({@code deploy/local/target/local-run.jar}, what {@code ./local-run.sh} executes),
 * so that it can be stopped and started again on the same data, and its referral-service killed and started alone.
 * The ports are the launcher's, moved by the {@code WARMINTRO_PORT_OFFSET} this JVM and the launcher share.
 */
final class LaunchedRun implements AutoCloseable {

    static final String REFERRAL = "referral-service";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    /** The launcher stops each service gracefully (60 s at most), then the infrastructure. */
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);

    private final Path repository;
    private final Path dataDir;
    private final Process launcher;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** referral-service when this benchmark started it again on its own, after killing the launcher's. */
    private ManagedProcess ownReferral;
    /** How the launcher had started the referral-service that was killed. */
    private String commandOfKilled;
    private List<String> argumentsOfKilled;
    private Map<String, String> environmentOfKilled;

    private LaunchedRun(Path repository, Path dataDir, Process launcher) {
        this.repository = repository;
        this.dataDir = dataDir;
        this.launcher = launcher;
        Thread reader = new Thread(this::readOutput, "local-run-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the launcher on {@code dataDir} and waits for its "Ready." line: every service reports ready. */
    static LaunchedRun start(Path repository, Path dataDir) {
        Path jar = repository.resolve("deploy/local/target/local-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw package -DskipTests");
        }
        List<String> command = List.of(ManagedProcess.javaExecutable(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dwarmintro.repository=" + repository, "-jar", jar.toString(), "--data-dir", dataDir.toString());
        LaunchedRun run;
        try {
            run = new LaunchedRun(repository, dataDir,
                    new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local run", e);
        }
        try {
            run.ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            run.close();
            throw new IllegalStateException("The local run was not ready within " + READY_TIMEOUT + ":\n"
                    + String.join("\n", run.output), e);
        }
        return run;
    }

    /** As Ctrl+C: SIGTERM to the launcher, which stops the services (each committing its offsets), then the rest. */
    void stop() {
        stopOwnReferral();
        launcher.destroy();
        try {
            if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The local run did not stop within " + STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The running referral-service: the one this benchmark started again, or else the launcher's. */
    ProcessHandle referral() {
        if (ownReferral != null) {
            return ProcessHandle.of(ownReferral.pid()).orElseThrow();
        }
        return launcher.descendants().filter(process -> process.info().arguments()
                        .map(arguments -> List.of(arguments).contains(
                                QuarkusServiceProcess.applicationJar(repository, REFERRAL).toString()))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("referral-service does not run"));
    }

    /**
     * SIGKILL to referral-service, as a crash or an OOM kill: no shutdown, no commit. Its command line and environment
     * are read first, so that {@link #startReferral()} starts it exactly as the launcher did.
     */
    void killReferral() {
        ProcessHandle referral = referral();
        commandOfKilled = referral.info().command().orElseThrow();
        argumentsOfKilled = List.of(referral.info().arguments().orElseThrow());
        environmentOfKilled = environment(referral.pid());
        referral.destroyForcibly();
        referral.onExit().join();
        ownReferral = null;
    }

    /** Starts referral-service again, alone, as the launcher did (same command, environment and log file). */
    void startReferral() {
        if (commandOfKilled == null) {
            throw new IllegalStateException("referral-service was not killed");
        }
        List<String> command = new ArrayList<>();
        command.add(commandOfKilled);
        command.addAll(argumentsOfKilled);
        ownReferral = ManagedProcess.start(REFERRAL, command, dataDir.resolve("services"), environmentOfKilled);
    }

    private void stopOwnReferral() {
        if (ownReferral != null) {
            ownReferral.close();
            ownReferral = null;
        }
    }

    /** The environment a process was started with (Linux). */
    private static Map<String, String> environment(long pid) {
        try {
            Map<String, String> environment = new HashMap<>();
            for (String entry : Files.readString(Path.of("/proc", Long.toString(pid), "environ"),
                    StandardCharsets.UTF_8).split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the environment of process " + pid, e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("Ready.")) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("The local run ended before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        if (launcher.isAlive()) {
            try {
                stop();
            } catch (RuntimeException e) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
    }
}

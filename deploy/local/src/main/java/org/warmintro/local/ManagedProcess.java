package org.warmintro.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process that must not outlive whoever started it. When the owning JVM exits, the processes still running
 * are stopped in the reverse order of their start (services before the broker they commit to); the pid is kept in a
 * file so that a start after a SIGKILL of the owner finds and ends the orphan first.
 */
public final class ManagedProcess implements AutoCloseable {

    /**
     * A service's own graceful shutdown ({@code quarkus.shutdown.timeout}) and its longest unit of work, as the pods'
     * grace periods allow for them (deploy/k8s, without their preStop sleep).
     */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
    private static final Deque<ManagedProcess> RUNNING = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ManagedProcess::stopAllRunning, "stop-managed-processes"));
    }

    private final String name;
    private final Process process;
    private final Path pidFile;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path pidFile, Path logFile) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
        this.logFile = logFile;
        synchronized (RUNNING) {
            RUNNING.push(this);
        }
    }

    private static void stopAllRunning() {
        while (true) {
            ManagedProcess next;
            synchronized (RUNNING) {
                next = RUNNING.poll();
            }
            if (next == null) {
                return;
            }
            next.stop();
        }
    }

    /**
     * Starts {@code command} in {@code workDir}, its output appended to {@code <workDir>/<name>.log}.
     */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> environment) {
        try {
            Files.createDirectories(workDir);
            Path pidFile = workDir.resolve(name + ".pid");
            Path logFile = workDir.resolve(name + ".log");
            endOrphan(pidFile);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ManagedProcess(name, process, pidFile, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** The java executable of the running JVM, so children run on the same Java as their owner. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void endOrphan(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String content = Files.readString(pidFile).trim();
        Files.delete(pidFile);
        if (content.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(content))
                .filter(handle -> handle.info().command().map(command -> command.contains("java") || command.contains("postgres")).orElse(false));
        orphan.ifPresent(handle -> {
            handle.destroy();
            handle.onExit().orTimeout(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)
                    .exceptionally(timeout -> {
                        handle.destroyForcibly();
                        return handle;
                    }).join();
        });
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Fails with the tail of the process log when the process has already ended. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; last lines of " + logFile
                    + ":\n" + tail(logFile, 40));
        }
    }

    /** Asks the process to stop (SIGTERM) and returns at once; {@link #stop()} then waits for it. */
    public void requestStop() {
        process.destroy();
    }

    /** Stops the process: SIGTERM, then SIGKILL if it has not ended after a grace period. */
    public void stop() {
        forget();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        deletePidFile();
    }

    /** Ends the process at once (SIGKILL), as a crash or a lost machine would: it gets no chance to tidy up. */
    public void kill() {
        forget();
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deletePidFile();
    }

    /** The shutdown hook no longer needs to stop it. */
    private void forget() {
        synchronized (RUNNING) {
            RUNNING.remove(this);
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the pid file only helps to find orphans; a stale one is checked against the command line anyway
        }
    }

    @Override
    public void close() {
        stop();
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

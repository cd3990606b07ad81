package org.warmintro.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.testcontainers.containers.GenericContainer;
import org.warmintro.local.Waiting;

/**
 * Takes a started container away and brings it back in place, for the tests that prove what a service does while a
 * server is gone. The container keeps its file system, so its data, and the host ports fixed before it first
 * started, so the connection settings the service was given stay right; Docker would map new random ports.
 */
final class ContainerRestarts {

    private static final Duration POLL = Duration.ofMillis(200);

    private ContainerRestarts() {
    }

    /** Maps each of {@code containerPorts} to a free port of this machine that the container keeps across restarts. */
    static void fixHostPorts(GenericContainer<?> container, int... containerPorts) {
        container.setPortBindings(Arrays.stream(containerPorts)
                .mapToObj(containerPort -> FreePort.find() + ":" + containerPort)
                .toList());
    }

    /** Asks the container's main process to end (SIGTERM, then SIGKILL after Docker's grace period). */
    static void stop(GenericContainer<?> container) {
        container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
    }

    /** Ends the container at once, as a crash or a lost node would. */
    static void kill(GenericContainer<?> container) {
        container.getDockerClient().killContainerCmd(container.getContainerId()).exec();
    }

    static void start(GenericContainer<?> container) {
        container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
    }

    /** Whether the container's main process runs, as Docker sees it now. */
    static boolean isUp(GenericContainer<?> container) {
        return Boolean.TRUE.equals(container.getDockerClient().inspectContainerCmd(container.getContainerId()).exec()
                .getState().getRunning());
    }

    /** Fails at once with the container's log when its process has ended. */
    static void requireUp(GenericContainer<?> container, String server) {
        if (!isUp(container)) {
            throw new IllegalStateException(server + "'s container has exited:\n" + logTail(container));
        }
    }

    /**
     * Waits until {@code ready} holds (a check that throws counts as not yet), for a server that was brought back.
     */
    static void awaitReady(GenericContainer<?> container, String server, Duration timeout, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            requireUp(container, server);
            if (holds(ready)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(server + " did not answer within " + timeout + " of its restart:\n"
                        + logTail(container));
            }
            Waiting.pause(POLL);
        }
    }

    static String logTail(GenericContainer<?> container) {
        String[] lines = container.getLogs().split("\n");
        return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    private static boolean holds(BooleanSupplier ready) {
        try {
            return ready.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
    }
}

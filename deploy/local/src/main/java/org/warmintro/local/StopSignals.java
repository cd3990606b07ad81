package org.warmintro.local;

import java.util.List;

import sun.misc.Signal;

/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP as a request to stop, handled by the launcher itself. The JVM's own handling
 * would run every shutdown hook at once, in no order (the PostgreSQL library's among them), and the infrastructure
 * would go while the services still use it.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Runs {@code stop} on a thread of its own at each of these signals. */
    static void onStop(Runnable stop) {
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException ignoredAtStart) {
                // a signal ignored when the launcher started (nohup) stays ignored
            }
        }
    }
}

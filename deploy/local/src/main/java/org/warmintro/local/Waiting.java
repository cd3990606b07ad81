package org.warmintro.local;

import java.time.Duration;

/** Pauses between polls of something that is starting. */
public final class Waiting {

    private Waiting() {
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}

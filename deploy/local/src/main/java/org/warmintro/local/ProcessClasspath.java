package org.warmintro.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a classpath recorded at build time by the {@code process-classpath} module. */
final class ProcessClasspath {

    private ProcessClasspath() {
    }

    static String of(String name) {
        String resource = "/org/warmintro/classpath/" + name + ".classpath";
        try (InputStream in = ProcessClasspath.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build deploy/process-classpath first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

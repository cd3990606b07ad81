package org.warmintro.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The secrets the services sign links with (opt-in and unsubscribe tokens), made at random on the first run and kept
 * in the data directory, so that links in emails of an earlier run keep working.
 */
final class LocalSecrets {

    static final String INTRO_TOKEN_SECRET = "INTRO_TOKEN_SECRET";
    static final String UNSUBSCRIBE_TOKEN_SECRET = "UNSUBSCRIBE_TOKEN_SECRET";
    private static final List<String> NAMES = List.of(INTRO_TOKEN_SECRET, UNSUBSCRIBE_TOKEN_SECRET);

    private final Properties values;

    private LocalSecrets(Properties values) {
        this.values = values;
    }

    static LocalSecrets in(Path file) {
        Properties values = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    values.load(reader);
                }
            }
            boolean added = false;
            SecureRandom random = new SecureRandom();
            for (String name : NAMES) {
                if (!values.containsKey(name)) {
                    byte[] secret = new byte[32];
                    random.nextBytes(secret);
                    values.setProperty(name, Base64.getEncoder().encodeToString(secret));
                    added = true;
                }
            }
            if (added) {
                Files.createDirectories(file.getParent());
                try (Writer writer = Files.newBufferedWriter(file)) {
                    values.store(writer, "Signing secrets of the local run");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local secrets in " + file, e);
        }
        return new LocalSecrets(values);
    }

    String get(String name) {
        return values.getProperty(name);
    }
}

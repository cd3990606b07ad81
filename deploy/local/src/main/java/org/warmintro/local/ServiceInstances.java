package org.warmintro.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each running instance of a service listens and which process it is, in {@code <data dir>/replicas.properties}
 * ({@code contacts-service.1.port=8091}, {@code .pid}, {@code .log}, and the broker's {@code kafka.pid}), so that a
 * script or a test can reach, or kill, one instance of several. The local run writes it once every instance has
 * started and deletes it when it stops.
 */
public final class ServiceInstances {

    public static final String FILE_NAME = "replicas.properties";
    private static final Pattern PORT_KEY = Pattern.compile("(.+)\\.(\\d+)\\.port");

    /** One instance of a service: {@code replica} 0 listens on the documented port. */
    public record Instance(String service, int replica, int port, long pid, Path log) {

        public String baseUrl() {
            return "http://localhost:" + port;
        }
    }

    private ServiceInstances() {
    }

    static Path write(Path dataDir, List<QuarkusServiceProcess> services, KafkaBroker kafka) {
        Properties values = new Properties();
        for (QuarkusServiceProcess service : services) {
            String prefix = service.name() + "." + service.replica() + ".";
            values.setProperty(prefix + "port", Integer.toString(service.port()));
            values.setProperty(prefix + "pid", Long.toString(service.process().pid()));
            values.setProperty(prefix + "log", service.process().logFile().toString());
        }
        values.setProperty("kafka.pid", Long.toString(kafka.process().pid()));
        Path file = dataDir.resolve(FILE_NAME);
        try (Writer writer = Files.newBufferedWriter(file)) {
            values.store(writer, "The service instances of the running local run");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Cannot delete " + file + ": " + e);
        }
    }

    /** The instances of every service of the local run whose data are in {@code dataDir}, by service and replica. */
    public static List<Instance> read(Path dataDir) {
        Properties values = load(dataDir);
        return values.stringPropertyNames().stream()
                .map(PORT_KEY::matcher)
                .filter(Matcher::matches)
                .map(key -> {
                    String prefix = key.group(1) + "." + key.group(2) + ".";
                    return new Instance(key.group(1), Integer.parseInt(key.group(2)),
                            Integer.parseInt(values.getProperty(prefix + "port")),
                            Long.parseLong(values.getProperty(prefix + "pid")),
                            Path.of(values.getProperty(prefix + "log")));
                })
                .sorted(Comparator.comparing(Instance::service).thenComparing(Instance::replica))
                .toList();
    }

    /** The instances of {@code service}, the first first. */
    public static List<Instance> of(Path dataDir, String service) {
        return read(dataDir).stream().filter(instance -> instance.service().equals(service)).toList();
    }

    /** The pid of the Kafka broker the local run started. */
    public static long kafkaPid(Path dataDir) {
        return Long.parseLong(load(dataDir).getProperty("kafka.pid"));
    }

    private static Properties load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (is the local run of " + dataDir + " up?)", e);
        }
        return values;
    }
}

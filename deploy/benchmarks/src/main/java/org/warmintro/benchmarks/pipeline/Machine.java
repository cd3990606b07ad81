package org.warmintro.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine a run measured on, and how busy it was: the one-minute load average, sampled every 10 seconds while the
 * run lasts, since other work on the same cores moves every figure.
 */
final class Machine implements AutoCloseable {

    private final List<Double> loadAverages = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "load-average");
        thread.setDaemon(true);
        return thread;
    });

    Machine() {
        sampler.scheduleAtFixedRate(this::sample, 0, 10, TimeUnit.SECONDS);
    }

    private void sample() {
        read(Path.of("/proc/loadavg")).ifPresent(line -> {
            synchronized (loadAverages) {
                loadAverages.add(Double.parseDouble(line.split(" ")[0]));
            }
        });
    }

    String description() {
        String cpu = read(Path.of("/proc/cpuinfo")).flatMap(text -> text.lines()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip())).orElse("unknown CPU");
        String memory = read(Path.of("/proc/meminfo")).flatMap(text -> text.lines()
                .filter(line -> line.startsWith("MemTotal")).findFirst()
                .map(line -> String.format(Locale.ROOT, "%.0f GiB",
                        Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))).orElse("unknown memory");
        return String.format(Locale.ROOT, "%d CPUs (%s), %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                cpu, memory, System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    String loadAverage() {
        synchronized (loadAverages) {
            if (loadAverages.isEmpty()) {
                return "not sampled";
            }
            double sum = 0;
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double sample : loadAverages) {
                sum += sample;
                min = Math.min(min, sample);
                max = Math.max(max, sample);
            }
            return String.format(Locale.ROOT, "mean %.1f, min %.1f, max %.1f (1-minute load average, %d samples)",
                    sum / loadAverages.size(), min, max, loadAverages.size());
        }
    }

    private static java.util.Optional<String> read(Path file) {
        try {
            return java.util.Optional.of(Files.readString(file));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}

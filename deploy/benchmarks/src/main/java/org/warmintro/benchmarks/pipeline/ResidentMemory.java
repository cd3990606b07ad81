package org.warmintro.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The resident size of a process, found by its pid or by the port it listens on ({@code ss -ltnp}). */
final class ResidentMemory {

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private ResidentMemory() {
    }

    /** The pid of the process listening on {@code port} on this machine. */
    static OptionalLong listenerOf(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor();
            Matcher pid = PID.matcher(output);
            return pid.find() ? OptionalLong.of(Long.parseLong(pid.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** VmRSS of {@code pid}, in MiB. */
    static OptionalDouble megabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToDouble(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)
                    .findFirst();
        } catch (IOException e) {
            return OptionalDouble.empty();
        }
    }

    /** The options of a JVM's command line, up to the class or jar it runs (no arguments of the application). */
    static String jvmOptions(long pid) {
        try {
            String[] arguments = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            StringBuilder options = new StringBuilder();
            for (int i = 1; i < arguments.length && arguments[i].startsWith("-") && !arguments[i].equals("-jar"); i++) {
                options.append(options.isEmpty() ? "" : " ").append(arguments[i]);
            }
            return options.toString();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static OptionalDouble ofListener(int port) {
        OptionalLong pid = listenerOf(port);
        return pid.isPresent() ? megabytes(pid.getAsLong()) : OptionalDouble.empty();
    }
}

package org.warmintro.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Renders a kustomization with {@code kubectl kustomize}, the way {@code kubectl apply -k} would. */
final class Kustomize {

    /** The module's directory: Surefire runs the tests there. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = MODULE.resolve("../..").normalize();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Path, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Path overlay(String name) {
        return MODULE.resolve("overlays").resolve(name);
    }

    /** Rendered once per test run: the manifests do not change under the tests, and kubectl takes a while to start. */
    static List<JsonNode> render(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization, Kustomize::kubectlKustomize);
    }

    private static List<JsonNode> kubectlKustomize(Path kustomization) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the manifests (kubectl kustomize) and was not"
                    + " found on the PATH: install kubectl 1.27 or newer", e);
        }
        try {
            process.getOutputStream().close();
            // read stderr on the side: a large error output must not block the process while stdout is read
            var errors = new StringBuilder();
            Thread errorReader = new Thread(() -> errors.append(readAll(process.getErrorStream())));
            errorReader.start();
            String rendered = readAll(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + kustomization + " did not finish in 60 s");
            }
            errorReader.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + kustomization + " failed: " + errors);
            }
            return List.copyOf(documents(rendered));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.warmintro.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's application.properties reads from the environment when it runs with the %prod profile (the
 * profile of a packaged application).
 */
final class ServiceConfiguration {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(:[^}]*)?}");
    private static final String PROD = "%prod.";

    /** Every variable a %prod expression names: {@code ${NAME}} or {@code ${NAME:default}}. */
    final Set<String> variablesRead = new TreeSet<>();
    /** The variables without a default: the service does not start without them. */
    final Set<String> variablesRequired = new TreeSet<>();
    /**
     * The names under which the environment overrides a property (MicroProfile Config: upper case, every character
     * that is not a letter or digit an underscore), for each property the file sets.
     */
    final Set<String> propertyVariables = new TreeSet<>();
    /** Each property's value in %prod: the %prod one, or else the one without a profile. */
    private final Map<String, String> prodValues = new HashMap<>();

    ServiceConfiguration(Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                prodValues.putIfAbsent(key, properties.getProperty(key));
            }
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROD)) {
                prodValues.put(key.substring(PROD.length()), properties.getProperty(key));
            }
        }
        prodValues.forEach((property, value) -> {
            propertyVariables.add(environmentName(property));
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                variablesRead.add(expression.group(1));
                if (expression.group(2) == null) {
                    variablesRequired.add(expression.group(1));
                }
            }
        });
    }

    static ServiceConfiguration of(String service) {
        Path file = Kustomize.REPOSITORY.resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfiguration(properties);
    }

    /** The property's value in %prod, as the file writes it. */
    Optional<String> prodValue(String property) {
        return Optional.ofNullable(prodValues.get(property));
    }

    /** Whether the service does anything with this environment variable. */
    boolean reads(String variable) {
        return variablesRead.contains(variable) || propertyVariables.contains(variable);
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}

package org.warmintro.contacts.skill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes skills one way, so that "K8s", " kubernetes" and "Kubernetes" are one skill when a seeker is matched to a
 * role: trimmed, inner spaces collapsed, lower case, and common abbreviations spelled out
 * ({@code skill-synonyms.properties}).
 */
@ApplicationScoped
public class SkillNormaliser {

    private final Map<String, String> synonyms;

    public SkillNormaliser() {
        this.synonyms = loadSynonyms();
    }

    public String normalise(String skill) {
        String written = skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return synonyms.getOrDefault(written, written);
    }

    /** Normalises each skill and drops the ones that turn out to be the same. */
    public List<String> normalise(List<String> skills) {
        return skills.stream().map(this::normalise).filter(skill -> !skill.isEmpty()).distinct().toList();
    }

    private static Map<String, String> loadSynonyms() {
        Properties properties = new Properties();
        try (InputStream in = SkillNormaliser.class.getResourceAsStream("/skill-synonyms.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(name -> name, properties::getProperty));
    }
}

package org.warmintro.local.demo;

import java.util.List;
import java.util.Map;

/**
 * The seeker of the story: she studied media, is finishing a PhD at a Brussels university, looks for work in
 * Belgium, introduced herself, and offered value first by reformatting the connector's articles.
 */
public final class Annie {

    public static final String FULL_NAME = "Annie Wang";
    public static final String EMAIL = "annie.wang@example.org";

    static final Map<String, Object> CARD = Map.ofEntries(
            Map.entry("fullName", FULL_NAME),
            Map.entry("givenName", "Annie"),
            Map.entry("email", EMAIL),
            Map.entry("headline", "Media researcher, PhD candidate at VUB"),
            Map.entry("company", "VUB"),
            Map.entry("title", "PhD Researcher"),
            Map.entry("field", "media and communication"),
            Map.entry("skills", List.of("content strategy", "copywriting", "video editing", "social media",
                    "mandarin", "research")),
            Map.entry("location", "Brussels, Belgium"),
            Map.entry("timezone", "Europe/Brussels"),
            Map.entry("locale", "en"));

    static final Map<String, Object> RELATIONSHIP = Map.of("relationship",
            Map.of("strength", 3, "howWeMet", "Brunch in Brussels with her friend, after she read my blog"));

    static final Map<String, Object> SEEKING = Map.of(
            "selfIntroduction", "I studied media at Renmin University and am finishing a PhD at VUB in Brussels, "
                    + "where I live with my family. I am looking for my first role in Belgium, in communication "
                    + "or content strategy, and I write in English, French and Mandarin.",
            "targetRoles", List.of("Communication Specialist", "Content Strategist"),
            "skills", List.of("content strategy", "copywriting", "video editing", "social media"),
            "locations", List.of("Brussels", "Belgium"),
            "remote", false,
            "offers", "She reformatted my articles into a template I reuse, without being asked.",
            "status", "ACTIVE");

    static final Map<String, Object> HELPED = Map.of("kind", "HELPED", "direction", "RECEIVED",
            "summary", "Reformatted my articles into a reusable template");

    private Annie() {
    }
}

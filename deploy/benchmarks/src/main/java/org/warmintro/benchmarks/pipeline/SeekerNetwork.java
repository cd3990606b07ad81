package org.warmintro.benchmarks.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.NetworkGenerator;
import org.warmintro.benchmarks.load.HttpLoad;

/**
 * A member of this run whose network has job seekers and the hiring people they match, one pair per intro to come:
 * what the reads of matches and suggestions and the intro emails need. Every address is new to the local run, so that
 * no earlier run's emails count against the caps of its etiquette.
 */
final class SeekerNetwork {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int IN_FLIGHT = 8;

    private final Platform platform;
    private final String member;
    private final String token;
    private final List<Person> seekers = new ArrayList<>();
    private final List<Person> targets = new ArrayList<>();

    /** A contact of the network. */
    record Person(String id, String email) {
    }

    private SeekerNetwork(Platform platform) {
        this.platform = platform;
        this.member = platform.member("connector");
        this.token = platform.token(member);
    }

    String token() {
        return token;
    }

    List<Person> seekers() {
        return List.copyOf(seekers);
    }

    List<Person> targets() {
        return List.copyOf(targets);
    }

    /** Makes {@code pairs} seekers and as many hiring contacts, and waits until the first seeker has matches. */
    static SeekerNetwork make(Platform platform, int pairs) {
        Platform.step("A network of " + pairs + " job seekers and " + pairs + " hiring contacts");
        SeekerNetwork network = new SeekerNetwork(platform);
        List<String> first = NetworkGenerator.firstNames();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            String name = first.get(i % first.size());
            inFlight.add(network.add(network.targets, "target-" + platform.runId + "-" + i + "@example.org",
                    name + " Target" + i, target(), "hiring", hiring()));
            inFlight.add(network.add(network.seekers, "seeker-" + platform.runId + "-" + i + "@example.org",
                    name + " Seeker" + i, seeker(), "seeking", seeking()));
            if (inFlight.size() >= IN_FLIGHT) {
                inFlight.forEach(CompletableFuture::join);
                inFlight.clear();
            }
        }
        inFlight.forEach(CompletableFuture::join);
        network.awaitMatches(network.seekers.get(0).id());
        return network;
    }

    private CompletableFuture<Void> add(List<Person> people, String email, String fullName,
            Map<String, Object> card, String profilePath, Map<String, Object> profile) {
        Map<String, Object> body = new LinkedHashMap<>(card);
        body.put("fullName", fullName);
        body.put("email", email);
        String contacts = platform.options.contactsUrl() + "/api/v1/contacts";
        return HttpLoad.expect(platform.http.send(HttpMethod.POST, contacts, token, "application/json",
                        Platform.write(body)), 201)
                .thenCompose(created -> {
                    String id = Platform.json(created.body()).path("id").asText();
                    synchronized (people) {
                        people.add(new Person(id, email));
                    }
                    return HttpLoad.expect(platform.http.send(HttpMethod.PUT, contacts + "/" + id + "/" + profilePath,
                            token, "application/json", Platform.write(profile)), 200);
                })
                .thenApply(answer -> null);
    }

    private void awaitMatches(String seekerId) {
        String url = platform.options.referralUrl() + "/api/v1/seekers/" + seekerId + "/matches?limit=10";
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            HttpLoad.Answer answer = platform.call(HttpMethod.GET, url, token, null, null);
            if (answer.status() == 200 && Platform.json(answer.body()).path("matches").size() > 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No matches for the seeker " + seekerId + " after " + PATIENCE + ": "
                        + answer.status() + " " + answer.body());
            }
            Platform.pause(Duration.ofMillis(500));
        }
    }

    private static Map<String, Object> target() {
        return Map.of("title", "Engineering Manager", "company", "Brabant Software", "field", "software engineering",
                "seniority", "MANAGER", "skills", List.of("java", "kubernetes", "sql"), "location", "Brussels, Belgium",
                "timezone", "Europe/Brussels", "locale", "en",
                "relationship", Map.of("strength", 4),
                "consent", Map.of("introductionsAllowed", true, "maxIntroductionsPer30Days", 3));
    }

    private static Map<String, Object> hiring() {
        return Map.of("openRoles", List.of(Map.of("title", "Software Developer",
                "skills", List.of("java", "sql", "kubernetes"), "seniority", "MID", "location", "Brussels",
                "remote", false)), "hiringInfluence", true);
    }

    private static Map<String, Object> seeker() {
        return Map.of("title", "Software Developer", "company", "Scheldt Analytics", "field", "software engineering",
                "seniority", "MID", "skills", List.of("java", "sql"), "location", "Brussels, Belgium",
                "timezone", "Europe/Brussels", "locale", "en", "relationship", Map.of("strength", 3));
    }

    private static Map<String, Object> seeking() {
        return Map.of("selfIntroduction", "I build back-end services in Java and SQL, and I am looking for my next "
                        + "developer role in Brussels, in a team that ships often.",
                "targetRoles", List.of("Software Developer"), "skills", List.of("java", "sql"),
                "locations", List.of("Brussels"), "remote", true,
                "offers", "Happy to review your team's API design", "status", "ACTIVE");
    }
}

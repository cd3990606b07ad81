package org.warmintro.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.warmintro.local.Waiting;

/**
 * Plays the connector's first steps through the public APIs, as a person with the README would: imports the
 * network from its LinkedIn export, fills in what the connector knows of each person (field, skills, city, who is
 * hiring), then adds Annie with her self-introduction and logs the help she gave.
 */
public final class DemoLoader {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String contactsUrl;
    private final String referralUrl;
    private final String token;

    public DemoLoader(String contactsUrl, String referralUrl, String token) {
        this.contactsUrl = contactsUrl;
        this.referralUrl = referralUrl;
        this.token = token;
    }

    /** Whether the member's network has any card yet. */
    public boolean networkIsEmpty() {
        return send("GET", contactsUrl + "/api/v1/contacts?size=1", null, null).path("total").asLong() == 0;
    }

    /** Imports the LinkedIn export; answers the import report ({@code created}, {@code updated}, ...). */
    public JsonNode importNetwork(DemoNetwork network) {
        return send("POST", contactsUrl + "/api/v1/contacts/import", "text/csv", network.linkedInExport());
    }

    /** Adds to each imported card what the connector knows: field, skills, city, consent, and open roles. */
    public void describeNetwork(DemoNetwork network) {
        Map<String, String> idsByEmail = contactIdsByEmail();
        for (DemoNetwork.Person person : network.people()) {
            String id = idsByEmail.get(person.email());
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("field", person.field());
            patch.put("skills", person.skills());
            patch.put("location", person.location());
            patch.put("locale", person.locale());
            patch.put("timezone", person.timezone());
            patch.put("relationship", Map.of("strength", person.relationshipStrength()));
            patch.put("consent", Map.of("introductionsAllowed", person.introductionsAllowed()));
            send("PATCH", contactsUrl + "/api/v1/contacts/" + id, "application/merge-patch+json", write(patch));
            if (person.hiring() != null) {
                send("PUT", contactsUrl + "/api/v1/contacts/" + id + "/hiring", "application/json",
                        write(person.hiring()));
            }
        }
    }

    /** Adds Annie as the story has her, and answers her contact id. */
    public String addAnnie() {
        Map<String, Object> card = new HashMap<>(Annie.CARD);
        card.putAll(Annie.RELATIONSHIP);
        String id = send("POST", contactsUrl + "/api/v1/contacts", "application/json", write(card)).path("id").asText();
        send("PUT", contactsUrl + "/api/v1/contacts/" + id + "/seeking", "application/json", write(Annie.SEEKING));
        send("POST", contactsUrl + "/api/v1/contacts/" + id + "/interactions", "application/json",
                write(Annie.HELPED));
        return id;
    }

    /** The id of the first card that a search for {@code query} finds, if any. */
    public java.util.Optional<String> findContact(String query) {
        JsonNode found = send("GET", contactsUrl + "/api/v1/contacts?size=1&q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), null, null);
        return found.path("items").size() == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(found.path("items").get(0).path("id").asText());
    }

    public JsonNode contact(String id) {
        return send("GET", contactsUrl + "/api/v1/contacts/" + id, null, null);
    }

    /** Waits until referral-service has Annie's matches, and answers them. */
    public JsonNode awaitMatches(String seekerId, int limit) {
        Instant deadline = Instant.now().plus(PATIENCE);
        String url = referralUrl + "/api/v1/seekers/" + seekerId + "/matches?limit=" + limit;
        while (true) {
            HttpResponse<String> response = exchange("GET", url, null, null);
            if (response.statusCode() == 200) {
                JsonNode matches = read(response.body());
                if (matches.path("matches").size() > 0) {
                    return matches;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No matches for " + seekerId + " after " + PATIENCE + ": "
                        + response.statusCode() + " " + response.body());
            }
            Waiting.pause(Duration.ofMillis(500));
        }
    }

    private Map<String, String> contactIdsByEmail() {
        Map<String, String> ids = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode result = send("GET", contactsUrl + "/api/v1/contacts?size=100&sort=name&page=" + page, null, null);
            result.path("items").forEach(item -> ids.put(item.path("email").asText(), item.path("id").asText()));
            if ((long) (page + 1) * 100 >= result.path("total").asLong()) {
                return ids;
            }
        }
    }

    private JsonNode send(String method, String url, String contentType, String body) {
        HttpResponse<String> response = exchange(method, url, contentType, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : read(response.body());
    }

    private HttpResponse<String> exchange(String method, String url, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE)
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + url, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}

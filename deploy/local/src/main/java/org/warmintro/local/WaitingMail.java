package org.warmintro.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The emails to an address that notification-service has not sent yet, and why, asked with the local run's operator
 * token: an email proposed in the evening waits for its recipient's morning, and the mailbox alone would not say so.
 */
public final class WaitingMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, String> WHY = Map.of(
            "QUIET_HOURS", "quiet hours",
            "CAP", "the recipient had their share of emails for now",
            "RETRY", "a retry: the last attempt failed",
            "DIGEST", "held beyond the recipient's cap, for their digest of held mail");

    /** An email that has not left: its subject, when it is due in its recipient's time zone, and why it waits. */
    public record Waiting(String subject, Instant dueAt, ZoneId timeZone, String waitsFor) {
    }

    private final String notificationUrl;
    private final String operatorToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    public WaitingMail(String notificationUrl, String operatorToken) {
        this.notificationUrl = notificationUrl;
        this.operatorToken = operatorToken;
    }

    /** notification-service of {@code ./local-run.sh}, with the operator token it wrote in {@code dataDir}. */
    public static WaitingMail ofLocalRun(Path dataDir) {
        Path token = dataDir.resolve("tokens").resolve(MemberTokens.OPERATOR + ".jwt");
        try {
            return new WaitingMail("http://localhost:" + LocalPorts.NOTIFICATION, Files.readString(token).strip());
        } catch (IOException e) {
            throw new IllegalStateException("No operator token at " + token + " (is the local run's data directory "
                    + dataDir + "? --data-dir tells where it is)", e);
        }
    }

    /** The emails to {@code address} that have not left, the soonest due first. */
    public List<Waiting> to(String address) {
        URI uri = URI.create(notificationUrl + "/api/v1/admin/notifications/waiting?recipient="
                + URLEncoder.encode(address, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + operatorToken).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("notification-service answered " + response.statusCode() + ": "
                        + response.body());
            }
            List<Waiting> waiting = new ArrayList<>();
            for (JsonNode email : json.readTree(response.body()).path("emails")) {
                waiting.add(new Waiting(email.path("subject").asText(), Instant.parse(email.path("dueAt").asText()),
                        ZoneId.of(email.path("timeZone").asText()), email.path("waitsFor").asText()));
            }
            return waiting;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot ask notification-service at " + notificationUrl + " ("
                    + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * As a person reads it, for example {@code 1 email to samira@example.org waits for 08:00 Europe/Brussels (quiet
     * hours): Samira, would you like to meet Annie Wang?}; empty when nothing waits.
     */
    public static String describe(String address, List<Waiting> waiting, Instant now) {
        if (waiting.isEmpty()) {
            return "";
        }
        if (waiting.size() == 1) {
            return "1 email to " + address + " " + state(waiting.get(0), now) + ": " + waiting.get(0).subject();
        }
        StringBuilder text = new StringBuilder(waiting.size() + " emails to " + address + " have not left:");
        for (Waiting email : waiting) {
            text.append("\n  ").append(state(email, now)).append(": ").append(email.subject());
        }
        return text.toString();
    }

    private static String state(Waiting email, Instant now) {
        String why = WHY.get(email.waitsFor());
        if (why == null || !email.dueAt().isAfter(now)) {
            return "is due now";
        }
        return "waits for " + when(email.dueAt(), email.timeZone(), now) + " (" + why + ")";
    }

    /** {@code 08:00 Europe/Brussels}, with the day when it is not today there. */
    private static String when(Instant time, ZoneId zone, Instant now) {
        ZonedDateTime local = time.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String clock = TIME.format(local) + " " + zone.getId();
        if (local.toLocalDate().equals(today)) {
            return clock;
        }
        return local.toLocalDate().equals(today.plusDays(1)) ? clock + " tomorrow"
                : clock + " on " + local.toLocalDate();
    }
}

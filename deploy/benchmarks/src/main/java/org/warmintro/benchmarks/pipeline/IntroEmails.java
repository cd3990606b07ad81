package org.warmintro.benchmarks.pipeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import io.vertx.core.http.HttpMethod;
import org.warmintro.benchmarks.load.HttpLoad;
import org.warmintro.benchmarks.load.LoadGenerator;
import org.warmintro.benchmarks.load.LoadResult;
import org.warmintro.local.LocalMailboxes;

/**
 * An accepted intro's double-intro email: the connector proposes one intro per pair of the {@link SeekerNetwork}, each
 * target's opt-in email is read for its link, and the targets accept in an open loop at a fixed rate. Each latency
 * runs from the accept's intended start to the moment the email is in the seeker's inbox on the SMTP server, which
 * the mail API is polled for. The local run must keep no quiet hours (README: Try it), or the emails wait for morning.
 */
final class IntroEmails {

    static final double TARGET_P99_MS = 500;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Pattern OPT_IN_LINK = Pattern.compile("https?://[^\\s\"'<>]+/optin/[A-Za-z0-9._~-]+");

    private final Platform platform;
    private final SeekerNetwork network;
    private final LocalMailboxes mailboxes;
    private final Map<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
    private volatile boolean polling = true;

    IntroEmails(Platform platform, SeekerNetwork network) {
        this.platform = platform;
        this.network = network;
        this.mailboxes = new LocalMailboxes(platform.options.mailApiUrl());
    }

    Figure measure() {
        int count = Math.min(network.seekers().size(), network.targets().size());
        String name = String.format(Locale.ROOT, "accepted intro → double-intro email in SMTP: p99 of %d at %.0f/s",
                count, platform.options.introRate());
        Platform.step("Intros: " + count + " proposed, their opt-in emails awaited");
        List<String> links;
        try {
            links = proposeAndReadLinks(count);
        } catch (IllegalStateException e) {
            System.out.println("  " + e.getMessage());
            return Figure.failed(name, Kind.MILLISECONDS, TARGET_P99_MS, e.getMessage());
        }
        Platform.step(String.format(Locale.ROOT, "Intros: %d accepted in an open loop at %.0f/s", count,
                platform.options.introRate()));
        AtomicInteger next = new AtomicInteger();
        Thread poller = new Thread(this::pollInboxes, "inbox-poller");
        poller.setDaemon(true);
        poller.start();
        double rate = platform.options.introRate();
        // a window just short of count/rate starts exactly count accepts
        LoadGenerator accepts = new LoadGenerator(Duration.ZERO, Duration.ofMillis(Math.round((count - 0.5) * 1000
                / rate)));
        LoadResult result = accepts.openLoop(() -> accept(links, next.getAndIncrement()), rate);
        polling = false;
        System.out.println("  " + result.summary());
        return Figures.latency(name, result, TARGET_P99_MS);
    }

    private List<String> proposeAndReadLinks(int count) {
        String intros = platform.options.referralUrl() + "/api/v1/intros";
        List<SeekerNetwork.Person> seekers = network.seekers();
        List<SeekerNetwork.Person> targets = network.targets();
        for (int i = 0; i < count; i++) {
            String body = Platform.write(Map.of("seekerId", seekers.get(i).id(), "targetId", targets.get(i).id(),
                    "roleTitle", "Software Developer"));
            propose(intros, body);
        }
        List<String> links = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        for (int i = 0; i < count; i++) {
            String email = targets.get(i).email();
            while (true) {
                List<MimeMessage> inbox = mailboxes.inbox(email);
                if (!inbox.isEmpty()) {
                    Matcher link = OPT_IN_LINK.matcher(LocalMailboxes.text(inbox.get(0)));
                    if (!link.find()) {
                        throw new IllegalStateException("no opt-in link in the email to " + email);
                    }
                    links.add(link.group());
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("no opt-in email to " + email + " within " + PATIENCE
                            + ": does the local run keep quiet hours? Start it with "
                            + "NOTIFICATION_ETIQUETTE_QUIET_HOURS_START=00:00 "
                            + "NOTIFICATION_ETIQUETTE_QUIET_HOURS_END=00:00");
                }
                Platform.pause(Duration.ofMillis(200));
            }
        }
        return links;
    }

    /** Proposes, waiting for referral-service to have both profiles (a proposal for an unknown contact is refused). */
    private void propose(String intros, String body) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            HttpLoad.Answer answer = platform.call(HttpMethod.POST, intros, network.token(), "application/json", body);
            if (answer.status() == 201) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the intro " + body + " was refused: " + answer.status() + " "
                        + answer.body());
            }
            Platform.pause(Duration.ofMillis(500));
        }
    }

    private CompletableFuture<Void> accept(List<String> links, int index) {
        if (index >= links.size()) {
            return CompletableFuture.failedFuture(new IllegalStateException("no intro left to accept"));
        }
        String seekerEmail = network.seekers().get(index).email();
        CompletableFuture<Void> delivered = new CompletableFuture<>();
        awaited.put(seekerEmail, delivered);
        return HttpLoad.expect(platform.http.send(HttpMethod.POST, links.get(index) + "/accept", null,
                        "application/x-www-form-urlencoded", ""), 200)
                .thenCompose(accepted -> delivered);
    }

    /** Looks into every awaited inbox, round after round, and completes the wait of those that received. */
    private void pollInboxes() {
        while (polling) {
            List<CompletableFuture<?>> round = new ArrayList<>();
            for (Map.Entry<String, CompletableFuture<Void>> wait : awaited.entrySet()) {
                String url = platform.options.mailApiUrl() + "/api/user/"
                        + URLEncoder.encode(wait.getKey(), StandardCharsets.UTF_8) + "/messages/INBOX";
                round.add(platform.http.get(url, null).thenAccept(inbox -> {
                    if (inbox.status() == 200 && inbox.body().startsWith("[{")) {
                        awaited.remove(wait.getKey());
                        wait.getValue().complete(null);
                    }
                }));
            }
            if (round.isEmpty()) {
                Platform.pause(Duration.ofMillis(1));
            } else {
                CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            }
        }
    }
}

package org.warmintro.testing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Mailpit's official image: an SMTP server that keeps every email, read back through its REST API. Mailpit stores
 * one message per SMTP transaction and names in a Bcc header the envelope recipients no other header names, so the
 * recipients of a message are those its delivery reached.
 */
final class MailpitContainer implements ManagedMailServer {

    static final DockerImageName IMAGE = DockerImageName.parse("axllent/mailpit:v1.29.5");
    private static final int SMTP_PORT = 1025;
    private static final int API_PORT = 8025;
    private static final int PAGE = 500;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    /** Raw emails by Mailpit's id: an email never changes once stored. */
    private final Map<String, byte[]> raw = new ConcurrentHashMap<>();
    private GenericContainer<?> container;
    private boolean running;

    @Override
    public synchronized void launch() {
        container = new GenericContainer<>(IMAGE)
                .withExposedPorts(SMTP_PORT, API_PORT)
                // a file in the container, which outlives a restart as a mail server's spool does
                .withEnv("MP_DATABASE", "/tmp/mailpit.db")
                // Mailpit keeps 500 emails by default and drops the oldest; a module's tests send more
                .withEnv("MP_MAX_MESSAGES", "1000000")
                .withEnv("MP_SMTP_DISABLE_RDNS", "true")
                .waitingFor(Wait.forHttp("/api/v1/info").forPort(API_PORT));
        ContainerRestarts.fixHostPorts(container, SMTP_PORT, API_PORT);
        container.start();
        running = true;
        ContainerRestarts.awaitReady(container, "Mailpit", READY_TIMEOUT, this::greetsOverSmtp);
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int smtpPort() {
        return container.getMappedPort(SMTP_PORT);
    }

    @Override
    public List<MimeMessage> receivedMessages() {
        return stored().stream()
                .flatMap(email -> recipients(parse(email)).stream().map(recipient -> parse(email)))
                .toList();
    }

    @Override
    public List<MimeMessage> deliveredTo(String address) {
        return stored().stream()
                .map(MailpitContainer::parse)
                .filter(email -> recipients(email).stream().anyMatch(address::equalsIgnoreCase))
                .toList();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Ends Mailpit at once, as GreenMail's stop closes its sockets: new connections are refused. */
    @Override
    public synchronized void stop() {
        if (running) {
            ContainerRestarts.kill(container);
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        ContainerRestarts.start(container);
        running = true;
        ContainerRestarts.awaitReady(container, "Mailpit", READY_TIMEOUT,
                () -> greetsOverSmtp() && get("/api/v1/info").statusCode() == 200);
    }

    @Override
    public synchronized void remove() {
        if (container != null) {
            container.stop();
            running = false;
        }
    }

    /** Every email Mailpit holds, oldest first. */
    private List<byte[]> stored() {
        List<String> ids = new ArrayList<>();
        for (int start = 0;; start += PAGE) {
            JsonNode messages = readJson(get("/api/v1/messages?start=" + start + "&limit=" + PAGE)).path("messages");
            messages.forEach(message -> ids.add(message.path("ID").asText()));
            if (messages.size() < PAGE) {
                break;
            }
        }
        // Mailpit lists the newest first; an email that arrives while the pages are read shifts the rest by one
        Collections.reverse(ids);
        return ids.stream().distinct()
                .map(id -> raw.computeIfAbsent(id, missing -> get("/api/v1/message/" + missing + "/raw").body()))
                .toList();
    }

    private HttpResponse<byte[]> get(String path) {
        URI uri = URI.create("http://" + host() + ":" + container.getMappedPort(API_PORT) + path);
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(READY_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Mailpit answered " + response.statusCode() + " to " + uri + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Mailpit's API at " + uri
                    + (running ? "" : " (the test took Mailpit away)"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Mailpit's API", e);
        }
    }

    private JsonNode readJson(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Mailpit's API answered something else than JSON", e);
        }
    }

    private boolean greetsOverSmtp() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), smtpPort()), (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) CONNECT_TIMEOUT.toMillis());
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return greeting != null && greeting.startsWith("220");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static MimeMessage parse(byte[] email) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(email));
        } catch (MessagingException e) {
            throw new IllegalStateException("Mailpit holds an email that is not MIME", e);
        }
    }

    /** The distinct addresses of To, Cc and Bcc. */
    private static List<String> recipients(MimeMessage email) {
        try {
            Address[] all = email.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all)
                    .map(address -> ((InternetAddress) address).getAddress().toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

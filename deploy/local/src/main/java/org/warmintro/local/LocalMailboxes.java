package org.warmintro.local;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The emails the local run's SMTP server (GreenMail) holds, read through its REST API and decoded: its API gives the
 * raw MIME, where quoted-printable line breaks cut the links of an email in two.
 */
public final class LocalMailboxes {

    private final String mailApiUrl;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public LocalMailboxes(String mailApiUrl) {
        this.mailApiUrl = mailApiUrl;
    }

    /** The mail API of {@code ./local-run.sh}. */
    public static LocalMailboxes ofLocalRun() {
        return new LocalMailboxes("http://localhost:" + LocalPorts.MAIL_API);
    }

    /** The emails in {@code address}'s inbox, oldest first; none for an address that never received one. */
    public List<MimeMessage> inbox(String address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(mailApiUrl + "/api/user/"
                    + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode inbox = json.readTree(response.body());
            // an address that never received anything is not a user yet: GreenMail answers with a message object
            if (!inbox.isArray()) {
                return List.of();
            }
            List<MimeMessage> messages = new ArrayList<>();
            for (JsonNode message : inbox) {
                messages.add(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                        message.path("mimeMessage").asText().getBytes(StandardCharsets.UTF_8))));
            }
            return messages;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot read the inbox of " + address + " at " + mailApiUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every text part of an email (plain and HTML), decoded, however the parts are nested. */
    public static String text(MimeMessage message) {
        try {
            return textOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inbox as a person reads it: the headers that matter and the plain text of each email; empty if none. */
    public String readable(String address) {
        List<MimeMessage> inbox = inbox(address);
        StringBuilder text = new StringBuilder();
        for (MimeMessage message : inbox) {
            try {
                text.append("From:     ").append(addresses(message.getFrom())).append('\n')
                        .append("To:       ").append(addresses(message.getRecipients(Message.RecipientType.TO)))
                        .append('\n');
                Address[] copied = message.getRecipients(Message.RecipientType.CC);
                if (copied != null && copied.length > 0) {
                    text.append("Cc:       ").append(addresses(copied)).append('\n');
                }
                text.append("Subject:  ").append(message.getSubject()).append('\n')
                        .append("Date:     ").append(message.getSentDate()).append("\n\n")
                        // MIME lines end in CRLF; a terminal's lines end in LF
                        .append(plainTextOf(message.getContent()).strip().replace("\r\n", "\n")).append("\n\n")
                        .append("-".repeat(78)).append('\n');
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("Cannot read an email of " + address, e);
            }
        }
        return text.toString();
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString)
                .collect(Collectors.joining(", "));
    }

    private static String textOf(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(textOf(parts.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return "";
    }

    /** The text/plain alternative of a multipart email, or the whole text of a single-part one. */
    private static String plainTextOf(Object content) throws IOException, MessagingException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    return plainTextOf(nested);
                }
            }
            return textOf(content);
        }
        return content instanceof String text ? text : "";
    }
}

package org.warmintro.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.warmintro.local.LocalPorts;

/** The local run's SMTP server, read through GreenMail's REST API as the README tells a person to. */
final class Mailboxes {

    private static final Pattern OPT_IN_LINK = Pattern.compile("http://localhost:\\d+/optin/[A-Za-z0-9._~-]+");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** The emails in {@code address}'s inbox, oldest first. */
    List<MimeMessage> inbox(String address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + LocalPorts.MAIL_API + "/api/user/" + address + "/messages/INBOX")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<MimeMessage> messages = new ArrayList<>();
            JsonNode inbox = json.readTree(response.body());
            // an address that never received anything is not a user yet: GreenMail answers with a message object
            if (!inbox.isArray()) {
                return List.of();
            }
            for (JsonNode message : inbox) {
                messages.add(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                        message.path("mimeMessage").asText().getBytes(StandardCharsets.UTF_8))));
            }
            return messages;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Cannot read the inbox of " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every text part of an email (plain and HTML), however the parts are nested. */
    static String text(MimeMessage message) {
        try {
            return textOf(message.getContent());
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Object content) throws IOException, jakarta.mail.MessagingException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                text.append(textOf(part.getContent())).append('\n');
            }
            return text.toString();
        }
        return "";
    }

    private static String raw(MimeMessage message) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | jakarta.mail.MessagingException e) {
            return e.toString();
        }
    }

    /** The accept / decline link of an opt-in email. */
    static String optInLink(MimeMessage message) {
        Matcher link = OPT_IN_LINK.matcher(text(message));
        if (!link.find()) {
            throw new IllegalStateException("No opt-in link in:\n" + raw(message));
        }
        return link.group();
    }
}

package org.warmintro.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.quarkus.mailer.Mail;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands emails to the SMTP server that the Quarkus mailer's settings name, with Jakarta Mail, one connection per
 * email. The Quarkus mailer's Vert.x client can be neither timed out nor stopped once an exchange began: one its
 * caller stopped waiting for goes on, and may deliver the email later, beside a retry. Here each read and write has
 * a timeout, and the exchange as a whole a deadline at which its sockets are closed.
 * <p>
 * It reads {@code quarkus.mailer.host}, {@code port}, {@code username}, {@code password}, {@code tls},
 * {@code start-tls} and {@code from}, as the mailer would; the mailer's other settings (trust stores, DKIM, mock)
 * are not used by this service. It sends for real in every profile. Over TLS, the server's certificate must be
 * trusted by the JVM and name the host.
 */
@ApplicationScoped
class SmtpClient {

    private final String host;
    private final int port;
    private final Optional<String> username;
    private final Optional<String> password;
    private final boolean tls;
    private final String startTls;
    private final String from;
    private final DeliveryConfig.Smtp timeouts;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "smtp-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    SmtpClient(DeliveryConfig delivery,
            @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.mailer.port", defaultValue = "25") int port,
            @ConfigProperty(name = "quarkus.mailer.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.mailer.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.mailer.tls", defaultValue = "false") boolean tls,
            @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "OPTIONAL") String startTls,
            @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.tls = tls;
        this.startTls = startTls;
        this.from = from;
        this.timeouts = delivery.smtp();
    }

    /**
     * Sends the email, giving the exchange at most {@code deadline}. Past it, the exchange is aborted, its connection
     * closed, before this throws: it cannot go on and deliver the email later.
     *
     * @throws SmtpException when the server did not take the email, in time or at all; a {@link TimeoutException}
     *                       is its cause when the deadline passed
     */
    void send(Mail mail, Duration deadline) {
        AbortableSockets sockets = new AbortableSockets();
        Session session = Session.getInstance(properties(sockets));
        ScheduledFuture<?> abort = deadlines.schedule(sockets::abort, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            MimeMessage message = message(session, mail);
            Transport transport = session.getTransport("smtp");
            try {
                transport.connect(host, port, username.orElse(null), password.orElse(null));
                transport.sendMessage(message, message.getAllRecipients());
            } finally {
                closeQuietly(transport);
            }
        } catch (MessagingException e) {
            if (sockets.aborted()) {
                throw new SmtpException("the SMTP server did not take the email within " + deadline,
                        new TimeoutException(e.getMessage()));
            }
            throw new SmtpException(e.getMessage(), e);
        } finally {
            abort.cancel(false);
        }
    }

    @PreDestroy
    void stop() {
        deadlines.shutdownNow();
    }

    private Properties properties(AbortableSockets sockets) {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", Long.toString(timeouts.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(timeouts.idleTimeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(timeouts.idleTimeout().toMillis()));
        properties.put("mail.smtp.executor.writetimeout", deadlines);
        properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        properties.put("mail.smtp.ssl.enable", Boolean.toString(tls));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(!"DISABLED".equalsIgnoreCase(startTls)));
        properties.put("mail.smtp.starttls.required", Boolean.toString("REQUIRED".equalsIgnoreCase(startTls)));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        // the email was taken once the server said so; its answer to QUIT changes nothing
        properties.put("mail.smtp.quitwait", "false");
        properties.put("mail.smtp.socketFactory", sockets.plain());
        properties.put("mail.smtp.ssl.socketFactory", sockets.tls());
        return properties;
    }

    /** The parts of a {@link Mail} the notifications use: no attachments, no bounce address. */
    private MimeMessage message(Session session, Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {

            /** The Message-ID is the notification's, among its headers: the same at every attempt. */
            @Override
            protected void updateMessageID() {
            }
        };
        message.setFrom(new InternetAddress(mail.getFrom() != null ? mail.getFrom() : from));
        message.setRecipients(RecipientType.TO, addresses(mail.getTo()));
        message.setRecipients(RecipientType.CC, addresses(mail.getCc()));
        message.setRecipients(RecipientType.BCC, addresses(mail.getBcc()));
        if (mail.getReplyTo() != null) {
            message.setReplyTo(InternetAddress.parse(mail.getReplyTo()));
        }
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getText(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtml(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        for (var header : mail.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                message.addHeader(header.getKey(), value);
            }
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress[] addresses(List<String> addresses) throws MessagingException {
        List<InternetAddress> parsed = new ArrayList<>();
        for (String address : addresses) {
            parsed.add(new InternetAddress(address));
        }
        return parsed.toArray(InternetAddress[]::new);
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the server's answer to QUIT, or its absence, changes nothing
        }
    }

    /** The server did not take the email; the message may quote its answer, addresses included: never log it. */
    static final class SmtpException extends RuntimeException {

        SmtpException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package org.warmintro.benchmarks.pipeline;

import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.warmintro.benchmarks.load.Operation;

/**
 * The SMTP floor of an intro's email: one session to the local run's SMTP server, as notification-service opens for
 * each email (connect, EHLO, MAIL, a RCPT for each of the double intro's three recipients, DATA, QUIT), with Jakarta
 * Mail as it uses. Sessions run on threads of their own, as many at a time as the load asks.
 */
final class SmtpSession implements Operation, AutoCloseable {

    private static final String[] RECIPIENTS = {"seeker@example.org", "target@example.org", "connector@example.org"};

    private final Session session;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "smtp-ceiling");
        thread.setDaemon(true);
        return thread;
    });

    SmtpSession(String hostAndPort) {
        String[] parts = hostAndPort.split(":");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", parts[0]);
        properties.put("mail.smtp.port", parts[1]);
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
    }

    @Override
    public CompletionStage<?> start() {
        return CompletableFuture.runAsync(() -> {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("benchmark@example.org"));
                for (String recipient : RECIPIENTS) {
                    message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
                }
                message.setSubject("The SMTP ceiling");
                message.setText("One session, three recipients, as a double intro has.");
                Transport.send(message);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

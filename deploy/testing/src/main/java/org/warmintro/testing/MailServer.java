package org.warmintro.testing;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server the service sends through, as a test sees it: the emails it received, read back, and a switch to
 * take it away and bring it back on the same port.
 */
public interface MailServer {

    /** Every copy the server delivered, one per recipient (To, Cc or Bcc), oldest first. */
    List<MimeMessage> receivedMessages();

    /** The copies the server delivered to {@code address}, whichever header names it: what that person finds. */
    List<MimeMessage> deliveredTo(String address);

    int smtpPort();

    boolean isRunning();

    /** Takes the server away: connections are refused until {@link #start()}. */
    void stop();

    /** Brings the server back on the same port, with the emails it held. */
    void start();
}

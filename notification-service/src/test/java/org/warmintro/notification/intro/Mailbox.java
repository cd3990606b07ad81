package org.warmintro.notification.intro;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.warmintro.testing.MailServer;

/** Reads back the emails of one recipient from the SMTP server that every test shares. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> receivedBy(MailServer mailServer, String address) {
        return mailServer.receivedMessages().stream()
                .filter(message -> isAddressedTo(message, address))
                .toList();
    }

    /**
     * The copies the SMTP server delivered to one address, whichever header names it (To, Cc): what that person
     * finds in their mailbox.
     */
    public static List<MimeMessage> deliveredTo(MailServer mailServer, String address) {
        return mailServer.deliveredTo(address);
    }

    /** The addresses of one header, such as To or Cc. */
    public static List<String> addresses(MimeMessage message, RecipientType type) throws MessagingException {
        Address[] recipients = message.getRecipients(type);
        return recipients == null
                ? List.of()
                : Arrays.stream(recipients).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    /** The content of the part of a multipart email with the given type, such as {@code text/plain}. */
    public static String part(MimeMessage message, String mimeType) throws MessagingException, IOException {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + mimeType + " part in " + message.getContentType());
    }

    private static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

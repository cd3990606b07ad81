package org.warmintro.notification.intro;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Reads back the emails of one recipient from the SMTP server that every test shares. */
final class Mailbox {

    private Mailbox() {
    }

    static List<MimeMessage> receivedBy(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isAddressedTo(message, address))
                .toList();
    }

    /** The content of the part of a multipart email with the given type, such as {@code text/plain}. */
    static String part(MimeMessage message, String mimeType) throws MessagingException, IOException {
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

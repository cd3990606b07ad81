package org.warmintro.notification.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What goes into a header of an email. Names come from events and from the connector's token, and a line break in
 * one would end the header and start another (a Bcc, a body of its own): every header value is one line.
 */
public final class MailHeaders {

    /** Control characters (CR and LF among them), and the line and paragraph separators of Unicode. */
    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");
    private static final Pattern NOT_ONE_ADDRESS = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\s,;<>]");

    private MailHeaders() {
    }

    /** The text on one line: each run of control characters becomes one space. */
    public static String singleLine(String value) {
        return value == null ? null : LINE_BREAKING.matcher(value).replaceAll(" ").strip();
    }

    /**
     * The addresses, each checked to be one bare address. The events' addresses were validated as email addresses
     * already; an address that is more than one would be handed to the mailer as a header of its own making.
     */
    public static List<String> addresses(List<String> addresses) {
        for (String address : addresses) {
            if (NOT_ONE_ADDRESS.matcher(address).find()) {
                throw new IllegalArgumentException("an address of the email is not one bare address");
            }
        }
        return addresses;
    }
}

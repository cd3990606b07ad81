package org.warmintro.notification.delivery;

import java.util.List;

/**
 * Who an email goes to.
 *
 * @param replyTo where replies go; empty for the sender's address
 */
public record Envelope(List<String> to, List<String> cc, List<String> replyTo) {

    public static Envelope to(String... addresses) {
        return new Envelope(List.of(addresses), List.of(), List.of());
    }

    public Envelope withCc(String... addresses) {
        return new Envelope(to, List.of(addresses), replyTo);
    }

    public Envelope withReplyTo(String... addresses) {
        return new Envelope(to, cc, List.of(addresses));
    }
}

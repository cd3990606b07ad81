package org.warmintro.contacts.contact;

import java.util.Optional;

import jakarta.ws.rs.core.EntityTag;

import org.warmintro.problem.ProblemException;

/** The card's version as an HTTP entity tag: {@code ETag: "3"}, and {@code If-Match: "3"} to change version 3 only. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header asks for; empty when there is none or it is {@code *}. */
    public static Optional<Long> expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag of this API, such as \"3\"");
        }
    }
}

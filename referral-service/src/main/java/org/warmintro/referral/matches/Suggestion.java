package org.warmintro.referral.matches;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An introduction to make: a seeker of the member's network and their match. */
@Schema(name = "Suggestion", description = "A seeker and the hiring contact to introduce them to")
public record Suggestion(
        @Schema(description = "The seeker's contact id", example = "0b6f7c52-9a51-4a4e-8d0e-6f1d2c3b4a59")
        String seekerId,
        @Schema(description = "The seeker's name", example = "Annie Janssens") String seekerName,
        MatchView match) {
}

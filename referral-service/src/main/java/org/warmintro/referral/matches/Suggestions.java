package org.warmintro.referral.matches;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bson.codecs.pojo.annotations.BsonId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Whom should I introduce today": the best matches of all the member's seekers merged, best first, one per seeker
 * and hiring contact. One document of the {@code suggestions} collection per member, so that reading it is a lookup
 * by {@code _id}.
 */
@Schema(name = "Suggestions", description = "The member's best introductions across all their seekers, best first")
public record Suggestions(
        @BsonId @JsonIgnore String memberId,
        @Schema(description = "When the suggestions were last updated; null when there are none yet",
                example = "2026-03-01T10:15:30.123Z") Instant computedAt,
        List<Suggestion> suggestions) {

    public Suggestions {
        suggestions = List.copyOf(suggestions);
    }

    Suggestions first(int limit) {
        return new Suggestions(memberId, computedAt, suggestions.subList(0, Math.min(limit, suggestions.size())));
    }
}

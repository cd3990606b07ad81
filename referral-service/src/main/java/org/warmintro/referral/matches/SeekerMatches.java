package org.warmintro.referral.matches;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.bson.codecs.pojo.annotations.BsonId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stored matches of one seeker, best first: one document of the {@code matches} collection, {@code _id} = the
 * seeker's contact id, mapped by the MongoDB driver's codec for records.
 *
 * @param memberId whose network the seeker is in; not served
 */
@Schema(name = "SeekerMatches", description = "The best introductions for one seeker, best first")
public record SeekerMatches(
        @Schema(description = "The seeker's contact id", example = "0b6f7c52-9a51-4a4e-8d0e-6f1d2c3b4a59")
        @BsonId String seekerId,
        @JsonIgnore String memberId,
        @Schema(description = "When these matches were computed", example = "2026-03-01T10:15:30.123Z")
        Instant computedAt,
        List<MatchView> matches) {

    public SeekerMatches {
        matches = List.copyOf(matches);
    }

    /** The same, with at most the first {@code limit} matches. */
    SeekerMatches first(int limit) {
        return new SeekerMatches(seekerId, memberId, computedAt, matches.subList(0, Math.min(limit, matches.size())));
    }
}

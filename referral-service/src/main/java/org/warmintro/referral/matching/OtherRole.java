package org.warmintro.referral.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another open role of a match's hiring contact that fits the seeker too, with its own score. */
@Schema(name = "OtherRole", description = "Another open role of the hiring contact that fits the seeker")
public record OtherRole(
        @Schema(description = "The open role", example = "Content Writer") String title,
        @Schema(description = "The weighted mean of the signals for this role, 0 to 1", example = "0.71")
        double score) {
}

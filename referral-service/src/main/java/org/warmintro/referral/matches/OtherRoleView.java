package org.warmintro.referral.matches;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.referral.matching.OtherRole;

/** Another open role of a match's hiring contact, as served and stored with the match. */
@Schema(name = "OtherRole", description = "Another open role of the hiring contact that fits the seeker")
public record OtherRoleView(
        @Schema(description = "The open role", example = "Content Writer") String title,
        @Schema(description = "The weighted mean of the signals for this role, 0 to 1", example = "0.71")
        double score) {

    static OtherRoleView of(OtherRole role) {
        return new OtherRoleView(role.title(), role.score());
    }
}

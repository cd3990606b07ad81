package org.warmintro.referral.intro;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.referral.FieldLimits;

/** The connector's proposal to introduce a seeker to a hiring contact. */
@Schema(name = "IntroRequest")
public record IntroRequest(
        @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a contact id (UUID)")
        @Schema(description = "The contact who seeks a job", example = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f")
        String seekerId,
        @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a contact id (UUID)")
        @Schema(description = "The hiring contact to ask", example = "7a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d")
        String targetId,
        @Size(max = FieldLimits.ROLE_TITLE)
        @Schema(description = "The open role the introduction is about", example = "Content Strategist")
        String roleTitle,
        @Size(max = FieldLimits.MESSAGE)
        @Schema(description = "Your personal note to the target", example = "Annie improved my blog's formatting "
                + "without being asked; I think she would be great in your team.")
        String message) {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}

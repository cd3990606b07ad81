package org.warmintro.referral.intro;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeRequest")
public record OutcomeRequest(@NotNull @Schema(description = "What came of the introduction", example = "HIRED")
        Outcome outcome) {
}

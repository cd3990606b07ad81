package org.warmintro.referral.intro;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intro as the connector sees it. */
@Schema(name = "Intro")
public record IntroView(
        @Schema(example = "3d9e1f2a-7b4c-4d5e-8f6a-9b0c1d2e3f4a") String id,
        @Schema(example = "OPT_IN_REQUESTED") IntroState state,
        PartyView seeker,
        PartyView target,
        @Schema(example = "Content Strategist") String roleTitle,
        String message,
        @Schema(description = "The seeker's forwardable introduction: their self-introduction and what they offer")
        String blurb,
        @Schema(description = "Set once recorded, after the introduction", example = "HIRED") Outcome outcome,
        Instant createdAt,
        @Schema(description = "When the target's opt-in request expires unanswered") Instant expiresAt,
        Instant updatedAt) {

    @Schema(name = "IntroParty")
    public record PartyView(@Schema(example = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f") String contactId,
            @Schema(example = "Annie Wang") String name, String email, String headline) {
    }

    static IntroView of(Intro intro) {
        return new IntroView(intro.id(), intro.state(), party(intro.seeker()), party(intro.target()),
                intro.roleTitle(), intro.message(), intro.blurb(), intro.outcome(), intro.createdAt(),
                intro.expiresAt(), intro.updatedAt());
    }

    private static PartyView party(Party party) {
        return new PartyView(party.contactId(), party.name(), party.email(), party.headline());
    }
}

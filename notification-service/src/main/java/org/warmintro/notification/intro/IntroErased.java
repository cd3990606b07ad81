package org.warmintro.notification.intro;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The data of {@code referral.intro.erased.v1}: a person the intro names asked to be forgotten.
 *
 * @param erasedParties {@code SEEKER} and/or {@code TARGET}
 */
public record IntroErased(
        @NotNull UUID introId,
        @NotNull Instant occurredAt,
        @NotEmpty Set<String> erasedParties) {
}

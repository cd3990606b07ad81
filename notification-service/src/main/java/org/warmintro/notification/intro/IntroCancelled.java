package org.warmintro.notification.intro;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The data of {@code referral.intro.cancelled.v1}: the connector withdrew the intro before it happened. Only the
 * fields this service uses.
 *
 * @param memberId the connector's member id
 */
public record IntroCancelled(@NotNull UUID introId, @NotBlank String memberId) {
}

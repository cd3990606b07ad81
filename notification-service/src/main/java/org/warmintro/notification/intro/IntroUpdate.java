package org.warmintro.notification.intro;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The data of {@code referral.intro.proposed.v1} and {@code referral.intro.expired.v1}, as far as a line of the
 * connector's digest needs it.
 *
 * @param memberId the connector's member id
 */
public record IntroUpdate(
        @NotNull UUID introId,
        @NotBlank String memberId,
        @NotNull Instant occurredAt,
        String roleTitle,
        @NotNull @Valid Connector connector,
        @NotNull @Valid Named seeker,
        @NotNull @Valid Named target) {

    /**
     * @param email    where the digest goes; without it the connector cannot be told by email
     * @param locale   the language of the digest; English when absent
     * @param timezone the connector's IANA time zone, for their quiet hours
     */
    public record Connector(@NotBlank String name, @Email String email, String locale, String timezone) {
    }

    public record Named(@NotBlank String name) {
    }
}

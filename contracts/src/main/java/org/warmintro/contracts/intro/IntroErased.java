package org.warmintro.contracts.intro;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code referral.intro.erased.v1}: a person the intro names asked to be forgotten; forget what earlier
 * events told of them.
 *
 * @param memberId      the connector's member id
 * @param state         the intro's state after the erasure
 * @param erasedParties who was erased, each once
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntroErased(UUID introId, String memberId, IntroState state, Instant occurredAt,
        List<ErasedParty> erasedParties) {

    public IntroErased {
        Objects.requireNonNull(introId, "no introId");
        Objects.requireNonNull(memberId, "no memberId");
        Objects.requireNonNull(state, "no state");
        Objects.requireNonNull(occurredAt, "no occurredAt");
        Objects.requireNonNull(erasedParties, "no erasedParties");
    }
}

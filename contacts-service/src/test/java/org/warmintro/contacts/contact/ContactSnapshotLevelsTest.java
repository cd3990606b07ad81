package org.warmintro.contacts.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.warmintro.contacts.profile.SeekingStatus;

/** A card's levels and statuses are published by name: each must be one the contract knows. */
class ContactSnapshotLevelsTest {

    @Test
    void everySeniorityOfACardIsOneTheContractKnows() {
        assertThat(Arrays.stream(Seniority.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(org.warmintro.contracts.network.Seniority.values())
                        .map(Enum::name).toList());
    }

    @Test
    void everySeekingStatusOfACardIsOneTheContractKnows() {
        assertThat(Arrays.stream(SeekingStatus.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(
                        org.warmintro.contracts.network.SeekingStatus.values()).map(Enum::name).toList());
    }
}

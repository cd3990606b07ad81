package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** An outcome names its recipient's role and its reason by name: each must be one the contract knows. */
class DeliveryOutcomeNamesTest {

    @Test
    void everyRecipientRoleIsOneTheContractKnows() {
        assertThat(Arrays.stream(org.warmintro.contracts.notification.RecipientRole.values()).map(Enum::name))
                .containsAll(Arrays.stream(RecipientRole.values()).map(Enum::name).toList());
    }

    @Test
    void everySuppressionReasonIsOneTheContractKnows() {
        assertThat(Arrays.stream(org.warmintro.contracts.notification.SuppressionReason.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SuppressionReason.values()).map(Enum::name)
                        .toList());
    }
}

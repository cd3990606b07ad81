package org.warmintro.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNamesTest {

    @Test
    void theGivenNameTheEventCarriesIsTheOneToGreetBy() {
        assertThat(GivenNames.toGreet(" Jan Willem ", "Jan Willem de Vries")).isEqualTo("Jan Willem");
        assertThat(GivenNames.toGreet("Annie", "Dr. Annie Wang")).isEqualTo("Annie");
    }

    @Test
    void withoutOneTheFirstWordOfTheNameStandsIn() {
        assertThat(GivenNames.toGreet(null, "Annie Wang")).isEqualTo("Annie");
        assertThat(GivenNames.toGreet(" ", "  Eline\tPeeters ")).isEqualTo("Eline");
        assertThat(GivenNames.toGreet(null, "Madonna")).isEqualTo("Madonna");
        assertThat(GivenNames.toGreet(null, null)).isNull();
    }
}

package org.warmintro.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How {@code --mail} tells a person about the emails that have not left yet. */
class WaitingMailTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String SAMIRA = "samira@example.org";
    private static final Instant EVENING = brussels("2026-01-15T22:30");

    @Test
    void anEmailOfTheEveningWaitsForEightTomorrowInTheRecipientsTimeZone() {
        WaitingMail.Waiting optIn = new WaitingMail.Waiting("Would you like to meet Annie Wang?",
                brussels("2026-01-16T08:00"), BRUSSELS, "QUIET_HOURS");

        assertThat(WaitingMail.describe(SAMIRA, List.of(optIn), EVENING)).isEqualTo("1 email to samira@example.org"
                + " waits for 08:00 Europe/Brussels tomorrow (quiet hours): Would you like to meet Annie Wang?");
    }

    @Test
    void anEmailOfTheNightWaitsForEightThatSameMorning() {
        WaitingMail.Waiting optIn = new WaitingMail.Waiting("Hello", brussels("2026-01-16T08:00"), BRUSSELS,
                "QUIET_HOURS");

        assertThat(WaitingMail.describe(SAMIRA, List.of(optIn), brussels("2026-01-16T02:00")))
                .isEqualTo("1 email to samira@example.org waits for 08:00 Europe/Brussels (quiet hours): Hello");
    }

    @Test
    void severalEmailsAreListedOnePerLineEachWithWhyItWaits() {
        List<WaitingMail.Waiting> waiting = List.of(
                new WaitingMail.Waiting("First", EVENING.minusSeconds(1), BRUSSELS, "NOTHING"),
                new WaitingMail.Waiting("Second", brussels("2026-01-15T22:35"), BRUSSELS, "RETRY"),
                new WaitingMail.Waiting("Third", brussels("2026-01-18T10:00"), ZoneId.of("Asia/Tokyo"), "DIGEST"));

        assertThat(WaitingMail.describe(SAMIRA, waiting, EVENING)).isEqualTo("""
                3 emails to samira@example.org have not left:
                  is due now: First
                  waits for 22:35 Europe/Brussels (a retry: the last attempt failed): Second
                  waits for 18:00 Asia/Tokyo on 2026-01-18 (held beyond the recipient's cap, for their digest of \
                held mail): Third""");
    }

    @Test
    void nothingIsSaidWhenNothingWaits() {
        assertThat(WaitingMail.describe(SAMIRA, List.of(), EVENING)).isEmpty();
    }

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
    }
}

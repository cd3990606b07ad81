package org.warmintro.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link Etiquette} on its own: when an email may reach its recipient, in their time zone and within their cap. The
 * sent emails it counts come from a stand-in for the repository; {@link EtiquetteTest} covers the service as a whole.
 */
class QuietHoursAndCapTest {

    private static final String RECIPIENT = "samira@example.org";
    private static final String BRUSSELS = "Europe/Brussels";

    private final SentEmails sent = new SentEmails();
    private final Etiquette etiquette = new Etiquette(sent, new Settings(3, Duration.ofHours(24), LocalTime.of(21, 0),
            LocalTime.of(8, 0), ZoneId.of("UTC")));

    @Test
    void anEmailDueInTheAfternoonGoesAtOnce() {
        Instant now = at("2026-01-15T15:00", BRUSSELS);

        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), now);

        assertThat(timing.earliest()).isEqualTo(now);
        assertThat(timing.overCap(now)).isFalse();
    }

    @Test
    void anEmailDueLateInTheEveningWaitsUntilEightTheNextMorning() {
        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), at("2026-01-15T22:30", BRUSSELS));

        assertThat(timing.earliest()).isEqualTo(at("2026-01-16T08:00", BRUSSELS));
    }

    @Test
    void anEmailDueAfterMidnightWaitsUntilEightThatSameMorning() {
        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), at("2026-01-16T02:15", BRUSSELS));

        assertThat(timing.earliest()).isEqualTo(at("2026-01-16T08:00", BRUSSELS));
    }

    @Test
    void quietHoursBeginAtTheirStartAndAreOverAtTheirEnd() {
        Instant nine = at("2026-01-15T21:00", BRUSSELS);
        Instant justBeforeNine = at("2026-01-15T20:59:59", BRUSSELS);
        Instant eight = at("2026-01-16T08:00", BRUSSELS);
        Instant justBeforeEight = at("2026-01-16T07:59:59", BRUSSELS);

        assertThat(etiquette.timing(email(BRUSSELS), justBeforeNine).earliest()).isEqualTo(justBeforeNine);
        assertThat(etiquette.timing(email(BRUSSELS), nine).earliest()).isEqualTo(eight);
        assertThat(etiquette.timing(email(BRUSSELS), justBeforeEight).earliest()).isEqualTo(eight);
        assertThat(etiquette.timing(email(BRUSSELS), eight).earliest()).isEqualTo(eight);
    }

    @Test
    void quietHoursAreThoseOfTheRecipientsTimeZone() {
        Instant now = Instant.parse("2026-01-15T13:00:00Z");

        // 22:00 in Tokyo, 08:00 in New York
        assertThat(etiquette.timing(email("Asia/Tokyo"), now).earliest())
                .isEqualTo(at("2026-01-16T08:00", "Asia/Tokyo"));
        assertThat(etiquette.timing(email("America/New_York"), now).earliest()).isEqualTo(now);
    }

    @Test
    void theMorningAfterAClockChangeIsEightOnTheNewClock() {
        // Brussels moves from UTC+1 to UTC+2 in the night of 28 to 29 March 2026: the night is an hour shorter
        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), at("2026-03-28T22:30", BRUSSELS));

        assertThat(timing.earliest()).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aRecipientWithoutAValidTimeZoneHasTheQuietHoursOfTheDefaultZone() {
        Instant elevenInTheEveningUtc = Instant.parse("2026-01-15T23:00:00Z");
        Instant eightUtc = Instant.parse("2026-01-16T08:00:00Z");

        assertThat(etiquette.timing(email(null), elevenInTheEveningUtc).earliest()).isEqualTo(eightUtc);
        assertThat(etiquette.timing(email(" "), elevenInTheEveningUtc).earliest()).isEqualTo(eightUtc);
        assertThat(etiquette.timing(email("Europe/Atlantis"), elevenInTheEveningUtc).earliest()).isEqualTo(eightUtc);
    }

    @Test
    void quietHoursWithinOneDayHoldOnlyBetweenTheirStartAndTheirEnd() {
        Etiquette lunchBreak = new Etiquette(sent, new Settings(3, Duration.ofHours(24), LocalTime.of(12, 0),
                LocalTime.of(14, 0), ZoneId.of("UTC")));
        Instant elevenInTheMorning = Instant.parse("2026-01-15T11:00:00Z");
        Instant elevenAtNight = Instant.parse("2026-01-15T23:00:00Z");

        assertThat(lunchBreak.timing(email("UTC"), elevenInTheMorning).earliest()).isEqualTo(elevenInTheMorning);
        assertThat(lunchBreak.timing(email("UTC"), Instant.parse("2026-01-15T13:00:00Z")).earliest())
                .isEqualTo(Instant.parse("2026-01-15T14:00:00Z"));
        assertThat(lunchBreak.timing(email("UTC"), elevenAtNight).earliest()).isEqualTo(elevenAtNight);
    }

    @Test
    void aRecipientUnderTheCapGetsTheEmailAtOnce() {
        Instant now = at("2026-01-15T15:00", BRUSSELS);
        sent.at(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));

        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), now);

        assertThat(timing.overCap(now)).isFalse();
        assertThat(timing.earliest()).isEqualTo(now);
    }

    @Test
    void aRecipientAtTheCapWaitsUntilTheirOldestEmailLeavesTheWindow() {
        Instant now = at("2026-01-15T15:00", BRUSSELS);
        sent.at(at("2026-01-14T19:00", BRUSSELS), now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(1)));

        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), now);

        assertThat(timing.overCap(now)).isTrue();
        assertThat(timing.capReleasedAt()).isEqualTo(at("2026-01-15T19:00", BRUSSELS));
        assertThat(timing.earliest()).isEqualTo(at("2026-01-15T19:00", BRUSSELS));
    }

    @Test
    void emailsSentBeforeTheWindowDoNotCount() {
        Instant now = at("2026-01-15T15:00", BRUSSELS);
        sent.at(now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(25)),
                now.minus(Duration.ofHours(1)));

        assertThat(etiquette.timing(email(BRUSSELS), now).overCap(now)).isFalse();
    }

    @Test
    void aRecipientBeyondTheCapWaitsUntilEnoughEmailsLeaveTheWindowToBeUnderIt() {
        Instant now = at("2026-01-15T15:00", BRUSSELS);
        Instant secondOldest = now.minus(Duration.ofHours(8));
        sent.at(now.minus(Duration.ofHours(9)), secondOldest, now.minus(Duration.ofHours(4)),
                now.minus(Duration.ofHours(2)));

        assertThat(etiquette.timing(email(BRUSSELS), now).capReleasedAt())
                .isEqualTo(secondOldest.plus(Duration.ofHours(24)));
    }

    @Test
    void anEmailReleasedByTheCapInQuietHoursWaitsForTheMorning() {
        Instant now = at("2026-01-15T15:00", BRUSSELS);
        Instant oldest = at("2026-01-14T23:30", BRUSSELS);
        sent.at(oldest, now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(1)));

        Etiquette.Timing timing = etiquette.timing(email(BRUSSELS), now);

        assertThat(timing.capReleasedAt()).isEqualTo(at("2026-01-15T23:30", BRUSSELS));
        assertThat(timing.earliest()).isEqualTo(at("2026-01-16T08:00", BRUSSELS));
    }

    private static Notification email(String recipientTimeZone) {
        Notification notification = new Notification();
        notification.recipient = RECIPIENT;
        notification.recipientTimeZone = recipientTimeZone;
        return notification;
    }

    private static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    private record Settings(int maxPerRecipient, Duration capWindow, LocalTime quietHoursStart,
            LocalTime quietHoursEnd, ZoneId defaultTimeZone) implements EtiquetteConfig {
    }

    /** The emails the recipient got, as the repository would list them: those after {@code since}, earliest first. */
    private static final class SentEmails extends NotificationRepository {

        private final List<Instant> sentTimes = new ArrayList<>();

        void at(Instant... times) {
            sentTimes.addAll(List.of(times));
            sentTimes.sort(null);
        }

        @Override
        public List<Instant> sentTimesSince(String recipient, Instant since) {
            return recipient.equals(RECIPIENT)
                    ? sentTimes.stream().filter(time -> time.isAfter(since)).toList()
                    : List.of();
        }
    }
}

package org.warmintro.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MailHeadersTest {

    @Test
    void everyKindOfLineBreakInAHeaderValueBecomesOneSpace() {
        assertThat(MailHeaders.singleLine("Annie\r\nBcc: evil@example.org\u2028\u2029Wang\u0000\t\u0085!"))
                .isEqualTo("Annie Bcc: evil@example.org Wang !");
        assertThat(MailHeaders.singleLine("Zoë O'Neil, PhD")).isEqualTo("Zoë O'Neil, PhD");
    }

    @Test
    void anAddressThatIsMoreThanOneBareAddressIsRefused() {
        assertThat(MailHeaders.addresses(List.of("annie@example.org"))).containsExactly("annie@example.org");
        for (String smuggled : List.of("annie@example.org\r\nBcc: evil@example.org",
                "annie@example.org, evil@example.org", "Evil <evil@example.org>")) {
            assertThatThrownBy(() -> MailHeaders.addresses(List.of(smuggled)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("evil");
        }
    }
}

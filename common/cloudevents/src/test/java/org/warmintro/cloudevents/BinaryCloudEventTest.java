package org.warmintro.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class BinaryCloudEventTest {

    private static final String INTRO_ID = "5a8f3e21-7c4d-4b9a-8e6f-1d2c3b4a5f6e";
    private static final String DATA = "{\"introId\":\"" + INTRO_ID + "\"}";

    @Test
    void anEventWrittenWithTheHeadersIsReadBackWithItsAttributesAndData() {
        Headers headers = CloudEventHeaders.of("event-1", "referral.intro.accepted.v1",
                "urn:warmintro:referral-service", INTRO_ID, Instant.parse("2026-01-29T12:00:00Z"));

        BinaryCloudEvent event = BinaryCloudEvent.read(record(headers, DATA));

        assertThat(event).isEqualTo(new BinaryCloudEvent("event-1", "referral.intro.accepted.v1",
                "urn:warmintro:referral-service", INTRO_ID, DATA));
        assertThat(event.requireData()).isEqualTo(DATA);
        assertThat(CloudEventHeaders.text(headers, CloudEventHeaders.TIME)).isEqualTo("2026-01-29T12:00:00Z");
        assertThat(CloudEventHeaders.text(headers, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    @Test
    void theLastHeaderOfANameIsItsValueAndAnAbsentOneIsNull() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.add(headers, CloudEventHeaders.TYPE, "first");
        CloudEventHeaders.add(headers, CloudEventHeaders.TYPE, "second");
        headers.add(CloudEventHeaders.ID, null);

        assertThat(CloudEventHeaders.text(headers, CloudEventHeaders.TYPE)).isEqualTo("second");
        assertThat(CloudEventHeaders.text(headers, CloudEventHeaders.ID)).isNull();
        assertThat(CloudEventHeaders.text(headers, CloudEventHeaders.SUBJECT)).isNull();
    }

    @Test
    void aRecordOfAnotherSpecVersionOrNoneIsNotACloudEvent() {
        Headers none = new RecordHeaders();
        Headers other = headers();
        other.remove(CloudEventHeaders.SPEC_VERSION);
        CloudEventHeaders.add(other, CloudEventHeaders.SPEC_VERSION, "0.3");

        assertThatThrownBy(() -> BinaryCloudEvent.read(record(none, DATA)))
                .isInstanceOf(InvalidCloudEventException.class).hasMessageContaining("ce_specversion is missing");
        assertThatThrownBy(() -> BinaryCloudEvent.read(record(other, DATA)))
                .isInstanceOf(InvalidCloudEventException.class).hasMessageContaining("ce_specversion is '0.3'");
    }

    @Test
    void aMissingOrBlankRequiredAttributeIsNamed() {
        for (String required : new String[] {CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE}) {
            Headers missing = headers();
            missing.remove(required);
            Headers blank = headers();
            blank.remove(required);
            CloudEventHeaders.add(blank, required, " ");

            assertThatThrownBy(() -> BinaryCloudEvent.read(record(missing, DATA)))
                    .isInstanceOf(InvalidCloudEventException.class)
                    .hasMessage("CloudEvent header " + required + " is missing");
            assertThatThrownBy(() -> BinaryCloudEvent.read(record(blank, DATA)))
                    .isInstanceOf(InvalidCloudEventException.class)
                    .hasMessage("CloudEvent header " + required + " is missing");
        }
    }

    @Test
    void aTombstoneIsReadWithoutDataButAnEventThatNeedsDataSaysSoWithoutQuotingIt() {
        BinaryCloudEvent tombstone = BinaryCloudEvent.read(record(headers(), null));

        assertThat(tombstone.data()).isNull();
        assertThatThrownBy(tombstone::requireData).isInstanceOf(InvalidCloudEventException.class)
                .hasMessage("CloudEvent event-1 of type referral.intro.accepted.v1 has no data");
        assertThatThrownBy(() -> BinaryCloudEvent.read(record(headers(), " ")).requireData())
                .isInstanceOf(InvalidCloudEventException.class);
    }

    private static Headers headers() {
        return CloudEventHeaders.of("event-1", "referral.intro.accepted.v1", "urn:warmintro:referral-service",
                INTRO_ID, Instant.now());
    }

    private static ConsumerRecord<String, String> record(Headers headers, String value) {
        return new ConsumerRecord<>("referrals.intros.v1", 0, 0L, ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, INTRO_ID, value,
                headers, Optional.empty());
    }
}

package org.warmintro.notification.intro;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent of referrals.intros.v1 in binary mode: attributes in {@code ce_*} headers, data in the record value.
 * Read here rather than by the connector, which reads the headers before the failure strategy applies: there, an
 * unreadable header would stop the channel instead of sending the record to the dead-letter topic.
 */
record IntroCloudEvent(String id, String type, String data) {

    private static final String SUPPORTED_SPEC_VERSION = "1.0";

    static IntroCloudEvent fromBinaryMode(ConsumerRecord<String, String> record) {
        String specVersion = header(record, "ce_specversion");
        if (!SUPPORTED_SPEC_VERSION.equals(specVersion)) {
            throw new MalformedIntroEventException(
                    "not a CloudEvent " + SUPPORTED_SPEC_VERSION + " in binary mode: ce_specversion is "
                            + (specVersion == null ? "missing" : "'" + specVersion + "'"));
        }
        String id = requiredHeader(record, "ce_id");
        String type = requiredHeader(record, "ce_type");
        requiredHeader(record, "ce_source");
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedIntroEventException("CloudEvent " + id + " of type " + type + " has no data");
        }
        return new IntroCloudEvent(id, type, record.value());
    }

    private static String requiredHeader(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedIntroEventException("CloudEvent header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

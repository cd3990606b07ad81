package org.warmintro.cloudevents;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A CloudEvent 1.0 read from a Kafka record in binary mode. Read by the consumer rather than by the connector, which
 * reads the headers before the failure strategy applies: there, an unreadable header would stop the channel instead
 * of sending the record to the dead-letter topic.
 *
 * @param data the record's value; null for a tombstone
 */
public record BinaryCloudEvent(String id, String type, String source, String subject, String data) {

    /** The event of a record; {@link InvalidCloudEventException} when a required attribute is missing. */
    public static BinaryCloudEvent read(ConsumerRecord<String, String> record) {
        String specVersion = CloudEventHeaders.text(record.headers(), CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new InvalidCloudEventException("not a CloudEvent " + CloudEventHeaders.SPEC_VERSION_1_0
                    + " in binary mode: " + CloudEventHeaders.SPEC_VERSION + " is "
                    + (specVersion == null ? "missing" : "'" + specVersion + "'"));
        }
        return new BinaryCloudEvent(required(record, CloudEventHeaders.ID), required(record, CloudEventHeaders.TYPE),
                required(record, CloudEventHeaders.SOURCE),
                CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT), record.value());
    }

    /** The data, which the event's type requires; {@link InvalidCloudEventException} when there is none. */
    public String requireData() {
        if (data == null || data.isBlank()) {
            throw new InvalidCloudEventException("CloudEvent " + id + " of type " + type + " has no data");
        }
        return data;
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = CloudEventHeaders.text(record.headers(), name);
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException("CloudEvent header " + name + " is missing");
        }
        return value;
    }
}

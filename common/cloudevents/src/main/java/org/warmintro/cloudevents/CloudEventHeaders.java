package org.warmintro.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The attributes of a CloudEvent 1.0 in Kafka's binary mode, one {@code ce_*} header each, the data in the record's
 * value. The services publish them through SmallRye's CloudEvent metadata (the connector writes the headers); what
 * reads them, or writes a record by hand, does it here.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** The media type of the data; the binary mode's datacontenttype. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The value of the last header of that name, as UTF-8; null when there is none or it has no value. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The headers of a CloudEvent 1.0 whose data, if any, is JSON: a record written by hand, as tests write them. */
    public static RecordHeaders of(String id, String type, String source, String subject, Instant time) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        add(headers, ID, id);
        add(headers, TYPE, type);
        add(headers, SOURCE, source);
        add(headers, SUBJECT, subject);
        add(headers, TIME, time.toString());
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /** Adds a header whose value is text, as UTF-8. */
    public static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

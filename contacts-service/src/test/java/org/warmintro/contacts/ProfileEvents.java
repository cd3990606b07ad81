package org.warmintro.contacts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.warmintro.local.Topics;

/** Reads contacts.profiles.v1 as an outside consumer would. */
public final class ProfileEvents {

    private ProfileEvents() {
    }

    /** Waits until {@code count} events of contact {@code key} are on the topic and answers them in order. */
    public static List<ConsumerRecord<String, String>> await(KafkaCompanion companion, String key, int count) {
        try (ConsumerTask<String, String> records = companion.consumeStrings().fromTopics(Topics.CONTACT_PROFILES)) {
            return Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                    () -> records.getRecords().stream().filter(r -> key.equals(r.key())).toList(),
                    events -> events.size() >= count);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

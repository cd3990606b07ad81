package org.warmintro.contacts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
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

    /**
     * Every event on the topic so far, read up to the end offsets of its partitions as they are now: once the outbox
     * is empty, that is every event Kafka acknowledged.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(KafkaCompanion companion) {
        Map<String, Object> config = new HashMap<>(companion.getConsumerProperties());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, companion.getBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONTACT_PROFILES).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
            });
            return records;
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

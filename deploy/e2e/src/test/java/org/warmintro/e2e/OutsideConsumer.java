package org.warmintro.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.Topics;

/** Another team's consumer: plain kafka-clients, its own group, reading the platform's three topics from the start. */
final class OutsideConsumer implements AutoCloseable {

    private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;

    OutsideConsumer() {
        poller = new Thread(this::poll, "outside-consumer");
        poller.start();
    }

    List<ConsumerRecord<String, String>> records() {
        return List.copyOf(records);
    }

    List<ConsumerRecord<String, String>> of(String topic, String key) {
        return records.stream().filter(r -> r.topic().equals(topic) && key.equals(r.key())).toList();
    }

    private void poll() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + LocalPorts.KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-outside-team",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.CONTACT_PROFILES, Topics.REFERRAL_INTROS,
                    Topics.NOTIFICATION_DELIVERIES));
            while (running.get()) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        poller.join(10_000);
    }
}

package org.warmintro.benchmarks.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.warmintro.benchmarks.load.Operation;

/**
 * The Kafka floor of the pipeline, on the local run's broker: a scratch topic with as many partitions as the
 * platform's, deleted afterwards, and a producer configured as the services' (acks=all, idempotent) sending records of
 * 1 KiB keyed by a random id, as contact ids key the profiles.
 */
final class KafkaScratch implements AutoCloseable {

    private static final String TOPIC_PREFIX = "warmintro.benchmark.ceiling.";
    private static final int PARTITIONS = 6;
    private static final byte[] VALUE = randomKibibyte();

    private final String bootstrap;
    private final String topic = TOPIC_PREFIX + UUID.randomUUID();
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;

    private KafkaScratch(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(producerConfig);
    }

    /**
     * A topic of its own, named anew for each run: a name reused right after its deletion, or records sent before
     * every partition has its leader, leave the idempotent producer retrying out-of-order sequences for ever.
     */
    static KafkaScratch create(String bootstrap) throws Exception {
        KafkaScratch scratch = new KafkaScratch(bootstrap);
        scratch.admin.createTopics(List.of(new NewTopic(scratch.topic, PARTITIONS, (short) 1))).all()
                .get(30, TimeUnit.SECONDS);
        scratch.awaitLeaders();
        for (int partition = 0; partition < PARTITIONS; partition++) {
            scratch.producer.send(new ProducerRecord<>(scratch.topic, partition, "warm-up", VALUE))
                    .get(30, TimeUnit.SECONDS);
        }
        return scratch;
    }

    private void awaitLeaders() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            if (description.partitions().size() == PARTITIONS
                    && description.partitions().stream().allMatch(partition -> partition.leader() != null)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the scratch topic's partitions have no leader after 30 s");
            }
            Platform.pause(Duration.ofMillis(200));
        }
    }

    /** Sends one record; completes when the broker acknowledged it. */
    Operation send() {
        return () -> {
            CompletableFuture<Void> acknowledged = new CompletableFuture<>();
            producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), VALUE), (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(failure);
                }
            });
            return acknowledged;
        };
    }

    /**
     * Sends one record; completes when a consumer reading the topic from its end got it: the floor of a change's way
     * from a producer to the service that consumes it.
     */
    EndToEnd endToEnd() {
        return new EndToEnd();
    }

    final class EndToEnd implements Operation, AutoCloseable {

        private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread polling;
        private volatile boolean running = true;

        private EndToEnd() {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            consumer = new KafkaConsumer<>(config);
            List<TopicPartition> partitions = new java.util.ArrayList<>();
            for (int partition = 0; partition < PARTITIONS; partition++) {
                partitions.add(new TopicPartition(topic, partition));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            polling = new Thread(this::poll, "end-to-end-consumer");
            polling.setDaemon(true);
            polling.start();
        }

        private void poll() {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    CompletableFuture<Void> waiting = inFlight.remove(record.key());
                    if (waiting != null) {
                        waiting.complete(null);
                    }
                }
            }
            consumer.close();
        }

        @Override
        public CompletableFuture<?> start() {
            String key = UUID.randomUUID().toString();
            CompletableFuture<Void> consumed = new CompletableFuture<>();
            inFlight.put(key, consumed);
            producer.send(new ProducerRecord<>(topic, key, VALUE), (metadata, failure) -> {
                if (failure != null) {
                    inFlight.remove(key);
                    consumed.completeExceptionally(failure);
                }
            });
            return consumed;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            polling.join(10_000);
        }
    }

    @Override
    public void close() throws Exception {
        producer.close(Duration.ofSeconds(10));
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        admin.close();
    }

    private static byte[] randomKibibyte() {
        byte[] value = new byte[1024];
        ThreadLocalRandom.current().nextBytes(value);
        return value;
    }
}

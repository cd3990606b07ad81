package org.warmintro.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * Reads a dead-letter topic and sends its records back to the topic they came from, with the Kafka clients and the
 * broker configuration of the service ({@code kafka.*}). Each call reads up to the end the topic had when it began, so
 * a record dead-lettered again while it runs is left for the next one.
 */
@ApplicationScoped
public class DeadLetters {

    /** The headers the dead-letter strategy adds: the reason, the cause, where the record was. */
    static final String DEAD_LETTER_HEADERS = "dead-letter-";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> broker;
    private final DeadLetterTopics topics;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> broker, DeadLetterTopics topics) {
        this.broker = broker;
        this.topics = topics;
    }

    /** This service's dead-letter topics, with what each partition holds. */
    public List<DeadLetterTopic> topics() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<DeadLetterTopic> found = new ArrayList<>();
            topics.all().forEach((deadLetterTopic, source) -> {
                List<TopicPartition> partitions = partitions(consumer, deadLetterTopic, null);
                Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
                found.add(new DeadLetterTopic(deadLetterTopic, source, partitions.stream()
                        .map(partition -> new DeadLetterTopic.Partition(partition.partition(),
                                beginnings.get(partition), ends.get(partition)))
                        .toList()));
            });
            return found;
        }
    }

    /**
     * At most {@code limit} records of {@code deadLetterTopic}, without their values (which may name people).
     *
     * @param partition one partition, or all when {@code null}
     * @param from the first offset to read in that partition, or its beginning when {@code null}
     */
    public List<DeadLetter> read(String deadLetterTopic, Integer partition, Long from, int limit) {
        requireOwn(deadLetterTopic);
        List<DeadLetter> read = new ArrayList<>();
        scan(deadLetterTopic, partition, from, record -> {
            if (read.size() < limit) {
                read.add(DeadLetter.of(record));
            }
        }, () -> read.size() >= limit);
        return read;
    }

    /**
     * Sends the records of {@code deadLetterTopic} back to their topic, in their order, with their key, value and
     * headers but those of the dead-letter strategy, and waits until Kafka has them all.
     *
     * @param partition one partition, or all when {@code null}
     * @param from the first offset to replay in that partition, or its beginning when {@code null}
     */
    public Replay replay(String deadLetterTopic, Integer partition, Long from) {
        String source = requireOwn(deadLetterTopic);
        Map<Integer, Replay.Partition> replayed = new HashMap<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            scan(deadLetterTopic, partition, from, record -> {
                sent.add(producer.send(new ProducerRecord<>(source, null, record.key(), record.value(),
                        withoutDeadLetterHeaders(record))));
                replayed.merge(record.partition(),
                        new Replay.Partition(record.partition(), record.offset(), record.offset() + 1),
                        (earlier, later) -> new Replay.Partition(earlier.partition(), earlier.from(), later.to()));
            }, () -> false);
            producer.flush();
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw kafkaAway("Kafka did not acknowledge every replayed record: replay again from the same offset "
                    + "(a consumer ignores a record it already applied)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw kafkaAway("The replay was interrupted");
        }
        return new Replay(deadLetterTopic, source, sent.size(), replayed.values().stream()
                .sorted(Comparator.comparingInt(Replay.Partition::partition)).toList());
    }

    /** The topic the records of {@code deadLetterTopic} came from, if it is one of this service's. */
    private String requireOwn(String deadLetterTopic) {
        return topics.sourceOf(deadLetterTopic).orElseThrow(() -> ProblemException.notFound(
                "A dead-letter topic " + deadLetterTopic + " of this service"));
    }

    /**
     * Hands each record from {@code from} (or the beginning) up to the end each partition has now to {@code each},
     * in offset order within a partition, until {@code enough}; gives up when Kafka gives nothing for 30 seconds.
     */
    private void scan(String topic, Integer partition, Long from, Consumer<ConsumerRecord<byte[], byte[]>> each,
            BooleanSupplier enough) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic, partition);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
            Map<TopicPartition, Long> starts = new HashMap<>();
            consumer.beginningOffsets(partitions, KAFKA_TIMEOUT).forEach((candidate, beginning) -> {
                long start = from == null ? beginning : Math.max(from, beginning);
                if (start < ends.get(candidate)) {
                    starts.put(candidate, start);
                }
            });
            List<TopicPartition> unread = new ArrayList<>(starts.keySet());
            consumer.assign(unread);
            starts.forEach(consumer::seek);
            Instant deadline = Instant.now().plus(KAFKA_TIMEOUT);
            while (!unread.isEmpty() && !enough.getAsBoolean()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    deadline = Instant.now().plus(KAFKA_TIMEOUT);
                } else if (Instant.now().isAfter(deadline)) {
                    throw kafkaAway("Kafka gave no more records of " + topic + " for " + KAFKA_TIMEOUT.toSeconds()
                            + " s");
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    boolean beforeEnd = record.offset() < ends.get(new TopicPartition(record.topic(),
                            record.partition()));
                    if (beforeEnd && !enough.getAsBoolean()) {
                        each.accept(record);
                    }
                }
                unread.removeIf(read -> consumer.position(read) >= ends.get(read));
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic,
            Integer partition) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, KAFKA_TIMEOUT);
        if (partition != null && (infos == null || partition >= infos.size())) {
            throw ProblemException.invalid("partition", "must be one of the " + (infos == null ? 0 : infos.size())
                    + " partitions of " + topic + ", from 0");
        }
        return infos == null ? List.of() : infos.stream()
                .filter(info -> partition == null || info.partition() == partition)
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = only(ConsumerConfig.configNames());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = only(ProducerConfig.configNames());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The service's broker settings (bootstrap servers, security) that a client of this kind understands. */
    private Map<String, Object> only(Set<String> names) {
        Map<String, Object> config = new HashMap<>();
        broker.forEach((name, value) -> {
            if (names.contains(name)) {
                config.put(name, value);
            }
        });
        return config;
    }

    private static ProblemException kafkaAway(String detail) {
        return new ProblemException(Problem.of(503, "kafka-unavailable", "Kafka unavailable", detail));
    }
}

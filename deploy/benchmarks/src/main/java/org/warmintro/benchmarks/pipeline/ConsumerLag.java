package org.warmintro.benchmarks.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What a consumer group has committed on a topic against the topic's end, read by the broker's admin API: the records
 * the group would read again if it started now. Unlike the consumer's own {@code records_lag}, it does not need the
 * service to run, and it counts what a restart re-reads, not what the consumer has fetched.
 */
final class ConsumerLag implements AutoCloseable {

    static final String PROFILES = "contacts.profiles.v1";
    static final String PROFILES_GROUP = "referral-service";
    static final String MEMBER_CHANGES = "referral.member-changes.v1";
    static final String MATCHING_GROUP = "referral-service.matching";
    /** The two groups of referral-service that the restart concerns, each with its topic. */
    static final Map<String, String> GROUPS = Map.of(PROFILES_GROUP, PROFILES, MATCHING_GROUP, MEMBER_CHANGES);
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    ConsumerLag(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
    }

    /** The offset after the last record of each partition of {@code topic}. */
    Map<TopicPartition, Long> ends(String topic) {
        return offsets(topic, OffsetSpec.latest());
    }

    Map<TopicPartition, Long> starts(String topic) {
        return offsets(topic, OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                request.put(new TopicPartition(topic, partition), spec);
            }
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the offsets of " + topic, e);
        }
    }

    /** The group's committed offset of each partition of {@code topic}; 0 for a partition it never committed. */
    Map<TopicPartition, Long> committed(String group, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (TopicPartition partition : ends(topic).keySet()) {
                OffsetAndMetadata offset = committed.get(partition);
                offsets.put(partition, offset == null ? 0 : offset.offset());
            }
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the offsets " + group + " committed", e);
        }
    }

    /** The records of {@code topic} after the group's committed offsets. */
    long lag(String group, String topic) {
        return difference(ends(topic), committed(group, topic));
    }

    static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    static long difference(Map<TopicPartition, Long> later, Map<TopicPartition, Long> earlier) {
        long sum = 0;
        for (Map.Entry<TopicPartition, Long> entry : later.entrySet()) {
            sum += entry.getValue() - earlier.getOrDefault(entry.getKey(), 0L);
        }
        return sum;
    }

    /**
     * Moves the group's committed offsets on {@code topic} back to the topic's start, as a lost commit would leave
     * them; only that topic's, since the group may read others. The group must have no member: its service stopped or
     * killed, and the session of a killed one expired.
     */
    void rewindToStart(String group, String topic, Duration patience) {
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        starts(topic).forEach((partition, offset) -> start.put(partition, new OffsetAndMetadata(offset)));
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group, start).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                // a killed member stays in the group until its session times out
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Cannot rewind " + group + " on " + topic + " within " + patience,
                            e);
                }
                Platform.pause(Duration.ofSeconds(1));
            }
        }
    }

    /** Waits until both groups of referral-service have committed every record of their topics. */
    Duration awaitCaughtUp(Duration timeout) {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        Instant nextReport = started.plus(Duration.ofSeconds(30));
        while (true) {
            long profiles = lag(PROFILES_GROUP, PROFILES);
            long changes = lag(MATCHING_GROUP, MEMBER_CHANGES);
            if (profiles == 0 && changes == 0) {
                return Duration.between(started, Instant.now());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "referral-service did not catch up within %s: %,d profile records and %,d member changes "
                                + "not committed", timeout, profiles, changes));
            }
            if (Instant.now().isAfter(nextReport)) {
                System.out.printf(Locale.ROOT, "  ... %,d profile records and %,d member changes not committed yet%n",
                        profiles, changes);
                nextReport = Instant.now().plus(Duration.ofSeconds(30));
            }
            Platform.pause(Duration.ofMillis(500));
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(10));
    }
}

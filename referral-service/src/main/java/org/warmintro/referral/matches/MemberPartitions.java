package org.warmintro.referral.matches;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Drops the matching state of the members whose partition of {@code referral.member-changes.v1} left this replica,
 * revoked in a rebalance or lost: the replica that takes it builds their state afresh from MongoDB, and this one must
 * not keep applying changes to a copy nobody updates any more if the partition ever comes back.
 *
 * <p>A partition given to this replica is read again from {@code handover-lookback} ago: a replica that died may have
 * applied a member's last changes without settling them ({@link MatchMaintenance}), and the first of those changes
 * read here builds the member afresh. The changes read again cost nothing more, their versions being known.
 */
@ApplicationScoped
@Identifier("member-changes")
public class MemberPartitions implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(MemberPartitions.class);

    private final MatchMaintenance maintenance;
    private final Duration lookback;

    MemberPartitions(MatchMaintenance maintenance, MatchingSettings settings) {
        this.maintenance = maintenance;
        this.lookback = settings.handoverLookback();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        LOG.infof("Member partitions assigned: %s", partitions);
        long since = Instant.now().minus(lookback).toEpochMilli();
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(partition -> query.put(partition, since));
        consumer.offsetsForTimes(query).forEach((partition, found) -> {
            if (found != null && found.offset() < consumer.position(partition)) {
                consumer.seek(partition, found.offset());
            }
        });
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            LOG.infof("Member partitions revoked: %s", partitions);
            maintenance.release(partitions);
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        LOG.infof("Member partitions lost: %s", partitions);
        maintenance.release(partitions);
    }
}

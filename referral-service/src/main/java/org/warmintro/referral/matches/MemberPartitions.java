package org.warmintro.referral.matches;

import java.util.Collection;

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
 */
@ApplicationScoped
@Identifier("member-changes")
public class MemberPartitions implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(MemberPartitions.class);

    private final MatchMaintenance maintenance;

    MemberPartitions(MatchMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        LOG.infof("Member partitions assigned: %s", partitions);
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

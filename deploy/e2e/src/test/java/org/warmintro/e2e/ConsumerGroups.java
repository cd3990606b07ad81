package org.warmintro.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.Waiting;

/** The services' consumer groups as the broker describes them to an operator's admin client. */
final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    ConsumerGroups() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + LocalPorts.KAFKA);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        admin = Admin.create(config);
    }

    /** Each of {@code groups} that exists and has members now, with them. */
    Map<String, ConsumerGroupDescription> describe(Collection<String> groups) {
        Map<String, ConsumerGroupDescription> described = new LinkedHashMap<>();
        admin.describeConsumerGroups(groups).describedGroups().forEach((name, description) -> {
            try {
                ConsumerGroupDescription group = description.get(5, TimeUnit.SECONDS);
                if (!group.members().isEmpty()) {
                    described.put(name, group);
                }
            } catch (ExecutionException | TimeoutException unknownOrUnanswered) {
                // a group no service has formed yet, or a broker that did not answer in time: not described now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return described;
    }

    /** The partitions assigned to some member of the group. */
    static Set<TopicPartition> assigned(ConsumerGroupDescription group) {
        return group.members().stream().flatMap(member -> member.assignment().topicPartitions().stream())
                .collect(Collectors.toSet());
    }

    /** The client ids of the group's members. */
    static List<String> clients(ConsumerGroupDescription group) {
        return group.members().stream().map(MemberDescription::clientId).sorted().toList();
    }

    /**
     * How long after {@code since} each of {@code before}'s groups took until every partition it had was assigned
     * again, each to a member whose client id starts with none of {@code goneClients}, in a stable group; polls
     * until each is or {@code patience} ran out (then the group is left out of the answer).
     */
    Map<String, Duration> handover(Map<String, ConsumerGroupDescription> before, Collection<String> goneClients,
            Instant since, Duration patience) {
        Map<String, Duration> took = new LinkedHashMap<>();
        Instant deadline = since.plus(patience);
        while (took.size() < before.size() && Instant.now().isBefore(deadline)) {
            Set<String> waiting = new HashSet<>(before.keySet());
            waiting.removeAll(took.keySet());
            describe(waiting).forEach((name, group) -> {
                boolean stable = group.groupState() == GroupState.STABLE;
                boolean noneGone = group.members().stream()
                        .noneMatch(member -> goneClients.stream().anyMatch(member.clientId()::startsWith));
                if (stable && noneGone && assigned(group).containsAll(assigned(before.get(name)))) {
                    took.put(name, Duration.between(since, Instant.now()));
                }
            });
            Waiting.pause(Duration.ofMillis(100));
        }
        return took;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}

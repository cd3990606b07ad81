package org.warmintro.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ReplicaPortsTest {

    private static final List<Integer> DOCUMENTED = List.of(8080, 8081, 8082, 8083, 9092, 9093, 5432, 27017, 3025,
            8025);
    private static final List<Integer> SERVICES = List.of(8081, 8082, 8083);

    @Test
    void theFirstInstanceKeepsTheDocumentedPortAndTheOthersAreTenApart() {
        assertThat(IntStream.range(0, 3).map(replica -> LocalPorts.replicaPort(8081, replica)).boxed().toList())
                .containsExactly(8081, 8091, 8101);
    }

    @Test
    void noInstanceListensOnAPortOfItsOwnRunNorOfAnotherRunWhoseOffsetDiffersBy100To900() {
        Set<Integer> taken = new HashSet<>();
        for (int otherOffset = -900; otherOffset <= 900; otherOffset += 100) {
            for (int port : DOCUMENTED) {
                taken.add(port + otherOffset);
            }
        }
        Set<Integer> instances = new HashSet<>();
        for (int service : SERVICES) {
            for (int replica = 1; replica < LocalPorts.MAX_REPLICAS; replica++) {
                int port = LocalPorts.replicaPort(service, replica);
                assertThat(taken).as("port of replica %d of the service on %d", replica, service).doesNotContain(port);
                assertThat(instances.add(port)).as("port %d given twice", port).isTrue();
            }
        }
    }

    @Test
    void moreReplicasThanPortsLeftAreRefused() {
        assertThatThrownBy(() -> LocalPorts.replicaPort(8081, LocalPorts.MAX_REPLICAS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalRun.Options.parse(List.of("--replicas", "11")))
                .hasMessageContaining("--replicas needs a number from 1 to 10");
        assertThatThrownBy(() -> LocalRun.Options.parse(List.of("--replicas")))
                .hasMessageContaining("--replicas needs a number");
        assertThat(LocalRun.Options.parse(List.of("--replicas", "2")).replicas()).isEqualTo(2);
        assertThat(LocalRun.Options.parse(List.of()).replicas()).isEqualTo(1);
    }
}

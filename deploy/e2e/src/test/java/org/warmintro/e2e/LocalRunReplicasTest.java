package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warmintro.local.LocalPorts;
import org.warmintro.local.ServiceInstances;

/** {@code ./local-run.sh --replicas 2}: two instances of each service, each where the launcher says it is. */
class LocalRunReplicasTest {

    private static final List<String> SERVICES = List.of("contacts-service", "referral-service",
            "notification-service");
    /** A line of the launcher's banner that names an instance and its address. */
    private static final Pattern INSTANCE_LINE = Pattern.compile("^\\s+([a-z-]+?(?:-\\d+)?)\\s+http://localhost:(\\d+)\\s");

    @TempDir
    Path dataDir;

    @Test
    void twoReplicasOfEachServiceAnswerOnThePortsThePrintedBannerNamesAndAllStopWithTheLocalRun() throws Exception {
        List<ServiceInstances.Instance> instances;
        try (LocalRunProcess localRun = LocalRunProcess.start(dataDir, "--replicas", "2")) {
            localRun.awaitReady(Duration.ofMinutes(5));

            Map<String, Integer> printed = localRun.output().lines().map(INSTANCE_LINE::matcher)
                    .filter(Matcher::find)
                    .collect(Collectors.toMap(line -> line.group(1), line -> Integer.parseInt(line.group(2))));
            assertThat(printed).as(localRun.output()).containsOnlyKeys("web", "contacts-service",
                    "contacts-service-1", "referral-service", "referral-service-1", "notification-service",
                    "notification-service-1");
            assertThat(printed).containsEntry("contacts-service", LocalPorts.CONTACTS)
                    .containsEntry("referral-service", LocalPorts.REFERRAL)
                    .containsEntry("notification-service", LocalPorts.NOTIFICATION)
                    .containsEntry("web", LocalPorts.WEB);

            instances = ServiceInstances.read(dataDir);
            assertThat(instances).extracting(ServiceInstances.Instance::service).containsOnly("web",
                    "contacts-service", "referral-service", "notification-service");
            for (String service : SERVICES) {
                List<ServiceInstances.Instance> replicas = ServiceInstances.of(dataDir, service);
                assertThat(replicas).extracting(ServiceInstances.Instance::replica).containsExactly(0, 1);
                assertThat(replicas.get(1).port()).isEqualTo(printed.get(service + "-1"));
                assertThat(replicas.get(0).log()).isNotEqualTo(replicas.get(1).log());
                for (ServiceInstances.Instance replica : replicas) {
                    assertThat(ready(replica.port())).as("readiness of %s replica %d on port %d", service,
                            replica.replica(), replica.port()).isEqualTo(200);
                    assertThat(localRun.handle().descendants().map(ProcessHandle::pid))
                            .as("pid of %s replica %d", service, replica.replica()).contains(replica.pid());
                    assertThat(Files.size(replica.log())).isPositive();
                }
            }
            assertThat(instances).extracting(ServiceInstances.Instance::pid).doesNotHaveDuplicates();
            assertThat(instances).extracting(ServiceInstances.Instance::port).doesNotHaveDuplicates();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(instances)
                .noneMatch(instance -> ProcessHandle.of(instance.pid()).map(ProcessHandle::isAlive).orElse(false)));
        assertThat(dataDir.resolve(ServiceInstances.FILE_NAME)).doesNotExist();
    }

    private static int ready(int port) throws Exception {
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        return readiness.statusCode();
    }
}

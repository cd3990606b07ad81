package org.warmintro.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every service runs as several replicas in production and keeps serving through a rolling update, a node's drain and
 * a pod's shutdown: a new pod starts before an old one stops, a drain evicts one pod of a service at a time (its
 * consumer groups rebalance once per eviction, and the other replicas keep their partitions), and a stopping pod has
 * time to finish what it is doing.
 */
class ServicesKeepServingTest {

    private static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final List<String> SERVICES = List.of("contacts-service", "referral-service",
            "notification-service");

    static Stream<Arguments> servicesInEachOverlay() {
        return OVERLAYS.stream().flatMap(overlay -> SERVICES.stream().map(service -> Arguments.of(overlay, service)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contacts-service", "referral-service", "notification-service"})
    void inProductionAnAutoscalerKeepsTwoReplicasOrMore(String service) {
        List<JsonNode> prod = render("prod");
        JsonNode autoscaler = RenderedObjects.find(prod, "HorizontalPodAutoscaler", service).path("spec");
        JsonNode deployment = RenderedObjects.find(prod, "Deployment", service).path("spec");

        assertThat(autoscaler.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.path("scaleTargetRef").path("name").asText()).isEqualTo(service);
        int min = autoscaler.path("minReplicas").asInt();
        int max = autoscaler.path("maxReplicas").asInt();
        assertThat(min).as("%s's minReplicas", service).isGreaterThanOrEqualTo(2);
        assertThat(max).as("%s's maxReplicas", service).isGreaterThanOrEqualTo(min);
        assertThat(deployment.path("replicas").asInt())
                .as("%s's replicas before its autoscaler takes over", service).isBetween(min, max);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesInEachOverlay")
    void aRollingUpdateStartsTheNewPodBeforeItStopsAnOldOne(String overlay, String service) {
        JsonNode strategy = RenderedObjects.find(render(overlay), "Deployment", service).path("spec")
                .path("strategy");

        assertThat(strategy.path("type").asText()).as("%s's update strategy", service).isEqualTo("RollingUpdate");
        JsonNode rollingUpdate = strategy.path("rollingUpdate");
        assertThat(rollingUpdate.path("maxUnavailable").isInt()
                && rollingUpdate.path("maxUnavailable").asInt() == 0
                && rollingUpdate.path("maxSurge").isInt()
                && rollingUpdate.path("maxSurge").asInt() == 1)
                .as("%s rolls with maxUnavailable 0 and maxSurge 1, not %s", service, rollingUpdate)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contacts-service", "referral-service", "notification-service"})
    void inProductionADrainEvictsOnePodOfAServiceAtATime(String service) {
        List<JsonNode> prod = render("prod");
        JsonNode podLabels = RenderedObjects.find(prod, "Deployment", service).path("spec").path("template")
                .path("metadata").path("labels");
        List<JsonNode> budgets = RenderedObjects.ofKind(prod, "PodDisruptionBudget").stream()
                .filter(budget -> selects(budget.path("spec").path("selector"), podLabels))
                .toList();
        assertThat(budgets).as("disruption budgets that select %s's pods", service).hasSize(1);
        JsonNode budget = budgets.get(0).path("spec");

        JsonNode autoscaler = RenderedObjects.find(prod, "HorizontalPodAutoscaler", service).path("spec");
        for (int replicas = autoscaler.path("minReplicas").asInt();
                replicas <= autoscaler.path("maxReplicas").asInt(); replicas++) {
            assertThat(evictionsAllowed(budget, replicas))
                    .as("pods of %s's %d replicas that a drain may evict at once", service, replicas)
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesInEachOverlay")
    void aStoppingPodHasTimeToFinishItsRequestsAfterItsPreStopSleep(String overlay, String service) {
        JsonNode pod = RenderedObjects.find(render(overlay), "Deployment", service).path("spec").path("template")
                .path("spec");
        long preStopSleep = pod.path("containers").path(0).path("lifecycle").path("preStop").path("sleep")
                .path("seconds").asLong(0);
        Duration shutdownTimeout = ServiceConfiguration.of(service).prodValue("quarkus.shutdown.timeout")
                .map(ServicesKeepServingTest::quarkusDuration)
                .orElseThrow(() -> new AssertionError(service + " sets no quarkus.shutdown.timeout"));

        // the default grace period of 30 s applies when the Deployment says nothing
        assertThat(pod.path("terminationGracePeriodSeconds").asLong(30))
                .as("%s's terminationGracePeriodSeconds: a preStop sleep of %d s and then quarkus.shutdown.timeout"
                        + " of %s, with time left to close the Kafka clients", service, preStopSleep, shutdownTimeout)
                .isGreaterThan(preStopSleep + shutdownTimeout.toSeconds());
    }

    @Test
    void referralServiceScalesNoFurtherThanThePartitionsItsMembersAreSpreadOver() {
        List<JsonNode> prod = render("prod");
        int partitions = RenderedObjects.find(prod, "KafkaTopic", "referral.member-changes.v1").path("spec")
                .path("partitions").asInt();

        assertThat(RenderedObjects.find(prod, "HorizontalPodAutoscaler", "referral-service").path("spec")
                .path("maxReplicas").asInt())
                .as("referral-service's maxReplicas: a replica beyond the %d partitions of"
                        + " referral.member-changes.v1 would match no member", partitions)
                .isLessThanOrEqualTo(partitions);
    }

    /** Only matchLabels: a budget here selects its service by name, as the Deployment does. */
    private static boolean selects(JsonNode selector, JsonNode podLabels) {
        assertThat(selector.has("matchExpressions")).as("a disruption budget selects with matchLabels only").isFalse();
        JsonNode matchLabels = selector.path("matchLabels");
        if (matchLabels.isEmpty()) {
            // an empty selector selects every pod of the namespace
            return true;
        }
        var labels = matchLabels.fields();
        while (labels.hasNext()) {
            var label = labels.next();
            if (!podLabels.path(label.getKey()).asText().equals(label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** What Kubernetes' disruption controller allows while all the replicas are healthy (whole numbers only). */
    private static int evictionsAllowed(JsonNode budget, int replicas) {
        if (budget.has("maxUnavailable")) {
            return Math.min(replicas, count(budget.path("maxUnavailable")));
        }
        if (budget.has("minAvailable")) {
            return Math.max(0, replicas - count(budget.path("minAvailable")));
        }
        throw new AssertionError("a disruption budget with neither maxUnavailable nor minAvailable: " + budget);
    }

    private static int count(JsonNode value) {
        if (!value.isInt()) {
            throw new AssertionError("a disruption budget counts pods as whole numbers here, not " + value);
        }
        return value.asInt();
    }

    /** A Quarkus duration: a number of seconds, a number with a unit (20s, 500ms) or ISO-8601. */
    private static Duration quarkusDuration(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        if (trimmed.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)));
        }
        if (trimmed.matches("\\d+[hms]")) {
            return Duration.parse("PT" + trimmed.toUpperCase(Locale.ROOT));
        }
        if (trimmed.matches("\\d+d")) {
            return Duration.parse("P" + trimmed.toUpperCase(Locale.ROOT));
        }
        return Duration.parse(trimmed);
    }

    private static List<JsonNode> render(String overlay) {
        return Kustomize.render(Kustomize.overlay(overlay));
    }
}

package org.warmintro.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The manifests and the services' application.properties name the same environment variables: a variable set but
 * never read is a typo or a leftover, and a variable read without a default but never set stops the service at
 * startup.
 */
class EnvironmentMatchesPropertiesTest {

    private static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final List<String> SERVICES = List.of("contacts-service", "referral-service",
            "notification-service");
    static Stream<Arguments> servicesInEachOverlay() {
        return OVERLAYS.stream().flatMap(overlay -> SERVICES.stream().map(service -> Arguments.of(overlay, service)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesInEachOverlay")
    void everyVariableTheDeploymentSetsIsReadByTheService(String overlay, String service) {
        ServiceConfiguration configuration = ServiceConfiguration.of(service);

        Set<String> set = DeploymentEnvironment.of(service, render(overlay));

        assertThat(set).allSatisfy(variable -> assertThat(configuration.reads(variable))
                .as("%s sets %s, which %s's application.properties never reads", overlay, variable, service)
                .isTrue());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("servicesInEachOverlay")
    void everyVariableTheServiceNeedsInProductionIsSet(String overlay, String service) {
        ServiceConfiguration configuration = ServiceConfiguration.of(service);

        Set<String> set = DeploymentEnvironment.of(service, render(overlay));

        assertThat(set).as("variables that %s reads without a default in %%prod", service)
                .containsAll(configuration.variablesRequired);
    }

    private static List<JsonNode> render(String overlay) {
        return Kustomize.render(Kustomize.overlay(overlay));
    }
}

package org.warmintro.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ServiceConfigurationTest {

    @Test
    void aVariableWithoutDefaultInProdIsRequiredAndOneWithADefaultIsOnlyRead() {
        ServiceConfiguration configuration = of("""
                %prod.quarkus.mailer.host=${SMTP_HOST}
                %prod.quarkus.mailer.port=${SMTP_PORT:587}
                """);

        assertThat(configuration.variablesRequired).containsExactly("SMTP_HOST");
        assertThat(configuration.variablesRead).containsExactly("SMTP_HOST", "SMTP_PORT");
    }

    @Test
    void aVariableOfAnotherProfileIsNotReadInProd() {
        ServiceConfiguration configuration = of("""
                %dev.kafka.bootstrap.servers=${DEV_KAFKA}
                """);

        assertThat(configuration.reads("DEV_KAFKA")).isFalse();
    }

    @Test
    void aProdValueReplacesTheDefaultProfilesValue() {
        ServiceConfiguration configuration = of("""
                notification.public-base-url=${LOCAL_URL}
                %prod.notification.public-base-url=${PUBLIC_BASE_URL}
                """);

        assertThat(configuration.variablesRequired).containsExactly("PUBLIC_BASE_URL");
    }

    @Test
    void aPropertyOfTheFileCanBeSetThroughItsEnvironmentName() {
        ServiceConfiguration configuration = of("""
                notification.etiquette.quiet-hours-start=21:00
                """);

        assertThat(configuration.reads("NOTIFICATION_ETIQUETTE_QUIET_HOURS_START")).isTrue();
        assertThat(configuration.reads("NOTIFICATION_ETIQUETTE_QUIET_HOURS")).isFalse();
    }

    @Test
    void aPropertysValueInProdIsItsProdValueOrElseTheValueWithoutProfile() {
        ServiceConfiguration configuration = of("""
                quarkus.shutdown.timeout=20s
                quarkus.http.port=8081
                %prod.quarkus.http.port=8080
                %dev.quarkus.log.level=DEBUG
                """);

        assertThat(configuration.prodValue("quarkus.shutdown.timeout")).contains("20s");
        assertThat(configuration.prodValue("quarkus.http.port")).contains("8080");
        assertThat(configuration.prodValue("quarkus.log.level")).isEmpty();
    }

    private static ServiceConfiguration of(String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new ServiceConfiguration(properties);
    }
}

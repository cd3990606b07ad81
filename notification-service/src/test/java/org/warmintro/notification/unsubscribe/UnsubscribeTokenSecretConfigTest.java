package org.warmintro.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The secret that signs the unsubscribe links, as the service reads it at start-up from its application.properties
 * (validated as Quarkus validates a config mapping): only dev and test have one of their own.
 */
class UnsubscribeTokenSecretConfigTest {

    private static final Map<String, String> PUBLIC_BASE_URL = Map.of("PUBLIC_BASE_URL", "https://warmintro.example.org");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "test" })
    void devAndTestSignWithTheirOwnSecret(String profile) throws IOException {
        UnsubscribeConfig config = unsubscribeConfig(profile, Map.of());

        assertThat(config.unsubscribe().tokenSecret()).hasSizeGreaterThanOrEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "staging" })
    void everyOtherProfileDoesNotStartWithoutTheSecretFromTheEnvironment(String profile) {
        assertThatThrownBy(() -> unsubscribeConfig(profile, PUBLIC_BASE_URL))
                .hasMessageContaining("UNSUBSCRIBE_TOKEN_SECRET");
    }

    @Test
    void aSecretFromTheEnvironmentIsTaken() throws IOException {
        String secret = "a-staging-secret-of-forty-two-characters!!";

        assertThat(unsubscribeConfig("staging", Map.of("UNSUBSCRIBE_TOKEN_SECRET", secret)).unsubscribe()
                .tokenSecret()).isEqualTo(secret);
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> unsubscribeConfig("staging",
                Map.of("UNSUBSCRIBE_TOKEN_SECRET", "too-short-to-sign-links")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("notification.unsubscribe.token-secret")
                .hasMessageContaining("at least 32");
    }

    private static UnsubscribeConfig unsubscribeConfig(String profile, Map<String, String> environment)
            throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        UnsubscribeTokenSecretConfigTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withMapping(UnsubscribeConfig.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                // the other mappings of the prefix are not the subject here
                .withValidateUnknown(false)
                .build();
        return config.getConfigMapping(UnsubscribeConfig.class);
    }
}

package org.warmintro.referral.intro;

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
 * The secret that signs the opt-in links, as the service reads it at start-up from its application.properties
 * (validated as Quarkus validates a config mapping): only dev and test have one of their own.
 */
class OptInTokenSecretConfigTest {

    @ParameterizedTest
    @ValueSource(strings = { "dev", "test" })
    void devAndTestSignWithTheirOwnSecret(String profile) throws IOException {
        IntroConfig config = introConfig(profile, Map.of());

        assertThat(config.tokenSecret()).hasSizeGreaterThanOrEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "staging" })
    void everyOtherProfileDoesNotStartWithoutTheSecretFromTheEnvironment(String profile) {
        assertThatThrownBy(() -> introConfig(profile, Map.of()))
                .hasMessageContaining("INTRO_TOKEN_SECRET");
    }

    @Test
    void aSecretFromTheEnvironmentIsTaken() throws IOException {
        String secret = "a-staging-secret-of-forty-two-characters!!";

        assertThat(introConfig("staging", Map.of("INTRO_TOKEN_SECRET", secret)).tokenSecret()).isEqualTo(secret);
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> introConfig("staging", Map.of("INTRO_TOKEN_SECRET", "too-short-to-sign-links")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("referral.intro.token-secret")
                .hasMessageContaining("at least 32");
    }

    private static IntroConfig introConfig(String profile, Map<String, String> environment) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        OptInTokenSecretConfigTest.class.getResource("/application.properties"), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withMapping(IntroConfig.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                // the other mappings of the prefix are not the subject here
                .withValidateUnknown(false)
                .build();
        return config.getConfigMapping(IntroConfig.class);
    }
}

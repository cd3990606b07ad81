package org.warmintro.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keys that sign the unsubscribe links, as the service reads them at start-up from its application.properties
 * and the environment (validated as Quarkus validates a config mapping): only dev and test have one of their own.
 */
class UnsubscribeTokenSecretConfigTest {

    private static final String SECRET = "a-staging-secret-of-forty-two-characters!!";
    private static final String NEXT_SECRET = "the-next-staging-secret-of-forty-five-characters";

    @ParameterizedTest
    @ValueSource(strings = { "dev", "test" })
    void devAndTestSignWithTheirOwnSecret(String profile) throws IOException {
        UnsubscribeConfig config = unsubscribeConfig(profile, Map.of());

        assertThat(config.unsubscribe().links().keys().get(config.unsubscribe().links().signingKey()))
                .hasSizeGreaterThanOrEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "staging" })
    void everyOtherProfileDoesNotStartWithoutTheSecretFromTheEnvironment(String profile) {
        assertThatThrownBy(() -> unsubscribeConfig(profile, Map.of()))
                .hasMessageContaining("UNSUBSCRIBE_TOKEN_SECRET");
    }

    @Test
    void aSecretFromTheEnvironmentIsTaken() throws IOException {
        UnsubscribeConfig config = unsubscribeConfig("staging", Map.of("UNSUBSCRIBE_TOKEN_SECRET", SECRET));

        assertThat(config.unsubscribe().links().keys()).containsEntry(config.unsubscribe().links().signingKey(),
                SECRET);
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> unsubscribeConfig("staging",
                Map.of("UNSUBSCRIBE_TOKEN_SECRET", "too-short-to-sign-links")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("notification.unsubscribe.links.keys")
                .hasMessageContaining("at least 32");
    }

    @Test
    void aNewKeyAddedInTheEnvironmentSignsWhileTheLinksOfTheFirstStillWork() throws IOException {
        UUID notificationId = UUID.randomUUID();
        String sentBefore = new UnsubscribeTokens(unsubscribeConfig("staging",
                Map.of("UNSUBSCRIBE_TOKEN_SECRET", SECRET))).url(notificationId);

        UnsubscribeTokens after = new UnsubscribeTokens(unsubscribeConfig("staging", Map.of(
                "UNSUBSCRIBE_TOKEN_SECRET", SECRET, "NOTIFICATION_UNSUBSCRIBE_LINKS_KEYS_NEXT", NEXT_SECRET,
                "UNSUBSCRIBE_TOKEN_KEY_ID", "next")));

        assertThat(after.url(notificationId)).contains("/unsubscribe/next.");
        assertThat(after.notificationId(sentBefore.substring(sentBefore.lastIndexOf('/') + 1)))
                .contains(notificationId);
    }

    private static UnsubscribeConfig unsubscribeConfig(String profile, Map<String, String> environment)
            throws IOException {
        Map<String, String> withBaseUrl = new HashMap<>(environment);
        withBaseUrl.put("PUBLIC_BASE_URL", "https://warmintro.example.org");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        UnsubscribeTokenSecretConfigTest.class.getResource("/application.properties"), 250))
                .withSources(new EnvConfigSource(withBaseUrl, 300))
                .withMapping(UnsubscribeConfig.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                // the other mappings of the prefix are not the subject here
                .withValidateUnknown(false)
                .build();
        return config.getConfigMapping(UnsubscribeConfig.class);
    }
}

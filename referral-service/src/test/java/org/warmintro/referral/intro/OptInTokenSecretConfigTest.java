package org.warmintro.referral.intro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warmintro.signedlinks.LinkTokens;

/**
 * The keys that sign the opt-in links, as the service reads them at start-up from its application.properties and
 * the environment (validated as Quarkus validates a config mapping): only dev and test have one of their own.
 */
class OptInTokenSecretConfigTest {

    private static final String SECRET = "a-staging-secret-of-forty-two-characters!!";
    private static final String NEXT_SECRET = "the-next-staging-secret-of-forty-five-characters";
    private static final String INTRO_ID = "5a8f3e21-7c4d-4b9a-8e6f-1d2c3b4a5f6e";
    private static final Instant EXPIRES_AT = Instant.parse("2026-01-29T12:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "test" })
    void devAndTestSignWithTheirOwnSecret(String profile) throws IOException {
        IntroConfig config = introConfig(profile, Map.of());

        assertThat(config.links().keys().get(config.links().signingKey())).hasSizeGreaterThanOrEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "staging" })
    void everyOtherProfileDoesNotStartWithoutTheSecretFromTheEnvironment(String profile) {
        assertThatThrownBy(() -> introConfig(profile, Map.of()))
                .hasMessageContaining("INTRO_TOKEN_SECRET");
    }

    @Test
    void aSecretFromTheEnvironmentIsTaken() throws IOException {
        IntroConfig config = introConfig("staging", Map.of("INTRO_TOKEN_SECRET", SECRET));

        assertThat(config.links().keys()).containsEntry(config.links().signingKey(), SECRET);
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> introConfig("staging", Map.of("INTRO_TOKEN_SECRET", "too-short-to-sign-links")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("referral.intro.links.keys")
                .hasMessageContaining("at least 32");
    }

    @Test
    void aNewKeyAddedInTheEnvironmentSignsWhileTheLinksOfTheFirstStillWork() throws IOException {
        LinkTokens before = new LinkTokens(OptInLinks.PURPOSE,
                introConfig("staging", Map.of("INTRO_TOKEN_SECRET", SECRET)).links());
        String sentBefore = before.issue(INTRO_ID, EXPIRES_AT);

        IntroConfig rotated = introConfig("staging", Map.of("INTRO_TOKEN_SECRET", SECRET,
                "REFERRAL_INTRO_LINKS_KEYS_NEXT", NEXT_SECRET, "INTRO_TOKEN_KEY_ID", "next"));
        LinkTokens after = new LinkTokens(OptInLinks.PURPOSE, rotated.links());

        assertThat(rotated.links().keys()).containsEntry("next", NEXT_SECRET);
        assertThat(after.issue(INTRO_ID, EXPIRES_AT)).startsWith("next.");
        assertThat(after.verify(sentBefore)).isPresent();
    }

    private static IntroConfig introConfig(String profile, Map<String, String> environment) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        OptInTokenSecretConfigTest.class.getResource("/application.properties"), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(IntroConfig.class)
                .withValidator(new BeanValidationConfigValidatorImpl())
                // the other mappings of the prefix are not the subject here
                .withValidateUnknown(false)
                .build();
        return config.getConfigMapping(IntroConfig.class);
    }
}

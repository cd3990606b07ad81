package org.warmintro.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

/**
 * The one switch between the two kinds of test infrastructure: which servers each resource starts for each setting,
 * and that a wrong setting, or containers without Docker, stops the build before any test runs.
 */
class InfrastructureChoiceTest {

    private static final BooleanSupplier DOCKER_ANSWERS = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier DOCKER_MUST_NOT_BE_ASKED = () -> {
        throw new AssertionError("the embedded infrastructure asked for Docker");
    };

    @Test
    void withoutASettingTheTestsRunOnTheEmbeddedInfrastructure() {
        assertThat(InfrastructureChoice.of(null, DOCKER_MUST_NOT_BE_ASKED)).isEqualTo(InfrastructureChoice.EMBEDDED);
        assertThat(InfrastructureChoice.of(" ", DOCKER_MUST_NOT_BE_ASKED)).isEqualTo(InfrastructureChoice.EMBEDDED);
    }

    @Test
    void embeddedStartsTheServersOfTheLocalRunWithoutAskingForDocker() {
        InfrastructureChoice embedded = InfrastructureChoice.of("embedded", DOCKER_MUST_NOT_BE_ASKED);

        assertThat(embedded).isEqualTo(InfrastructureChoice.EMBEDDED);
        assertThat(embedded.kafkaBroker()).isInstanceOf(KafkaBrokerProcess.class);
        assertThat(embedded.postgres()).isInstanceOf(PostgresProcess.class);
        assertThat(embedded.mongo()).isInstanceOf(MongoProtocolServerInMemory.class);
        assertThat(embedded.mailServer()).isInstanceOf(GreenMailServer.class);
    }

    @Test
    void containersStartTheOfficialImagesWhenDockerAnswers() {
        InfrastructureChoice containers = InfrastructureChoice.of("containers", DOCKER_ANSWERS);

        assertThat(containers).isEqualTo(InfrastructureChoice.CONTAINERS);
        assertThat(containers.kafkaBroker()).isInstanceOf(KafkaBrokerContainer.class);
        assertThat(containers.postgres()).isInstanceOf(PostgresContainer.class);
        assertThat(containers.mongo()).isInstanceOf(MongoReplicaSetContainer.class);
        assertThat(containers.mailServer()).isInstanceOf(MailpitContainer.class);
    }

    @Test
    void theSettingIsReadWhateverItsCaseAndSpaces() {
        assertThat(InfrastructureChoice.of(" Containers ", DOCKER_ANSWERS)).isEqualTo(InfrastructureChoice.CONTAINERS);
        assertThat(InfrastructureChoice.of("EMBEDDED", DOCKER_MUST_NOT_BE_ASKED))
                .isEqualTo(InfrastructureChoice.EMBEDDED);
    }

    @Test
    void anUnknownSettingIsRefusedWithTheSettingsThatExist() {
        assertThatThrownBy(() -> InfrastructureChoice.of("docker", DOCKER_ANSWERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warmintro.test-infrastructure=docker names no test infrastructure; "
                        + "use one of embedded, containers");
    }

    @Test
    void containersWithoutADockerEngineFailFastSayingSo() {
        assertThatThrownBy(() -> InfrastructureChoice.of("containers", NO_DOCKER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("warmintro.test-infrastructure=containers runs the tests against containers, "
                        + "which needs a Docker engine, and none answers here")
                .hasMessageContaining("without -Pcontainers");
    }
}

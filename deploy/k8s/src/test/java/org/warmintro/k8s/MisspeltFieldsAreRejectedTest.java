package org.warmintro.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MisspeltFieldsAreRejectedTest {

    private static List<Problem> problems;

    @BeforeAll
    static void renderTheMisspeltFixture() {
        problems = new ManifestCheck().check(Kustomize.render(Kustomize.MODULE.resolve("src/test/resources/misspelt")));
    }

    @Test
    void aMisspeltFieldInADeploymentIsNamedWithItsPath() {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.object()).isEqualTo("apps/v1 Deployment contacts-service");
            assertThat(problem.message()).isEqualTo("unknown field spec.template.spec.containers[0].readinesProbe");
        });
    }

    @Test
    void aMisspeltFieldInAStrimziResourceIsNamed() {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.object()).isEqualTo("kafka.strimzi.io/v1 KafkaTopic contacts.profiles.v1");
            assertThat(problem.message()).contains("partitons");
        });
    }

    @Test
    void aMisspeltFieldDeepInACloudNativePgClusterIsNamed() {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.object()).isEqualTo("postgresql.cnpg.io/v1 Cluster contacts-db");
            assertThat(problem.message()).contains("ownr");
        });
    }

    @Test
    void aMisspeltFieldInTheMetadataOfACustomResourceIsNamed() {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.object()).isEqualTo("postgresql.cnpg.io/v1 Cluster contacts-db");
            assertThat(problem.message()).isEqualTo("unknown field metadata.lables");
        });
    }

    @Test
    void aMisspeltFieldInTheStatefulSetOfAMongoDbReplicaSetIsNamed() {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.object()).isEqualTo("mongodbcommunity.mongodb.com/v1 MongoDBCommunity referral-mongodb");
            assertThat(problem.message()).isEqualTo("unknown field spec.statefulSet.spec.volumeClaimTemplate");
        });
    }

    @Test
    void aKindKubernetesDoesNotHaveIsRejected() {
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.object()).isEqualTo("networking.k8s.io/v1 NetworkPolicie default-deny-ingress");
            assertThat(problem.message()).contains("no kind NetworkPolicie");
        });
    }

    @Test
    void nothingCorrectIsReported() {
        assertThat(problems).hasSize(6);
    }
}

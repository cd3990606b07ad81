package org.warmintro.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.testcontainers.DockerClientFactory;

/**
 * The infrastructure the tests of a build run against, as the system property {@value #PROPERTY} names it: by
 * default the embedded servers (a Kafka broker and PostgreSQL from Maven Central jars, a MongoDB-protocol server,
 * GreenMail), which need nothing but a JDK; with the Maven profile {@code containers}, the official images through
 * Testcontainers, which need a Docker engine. Each test resource asks it for its implementation.
 */
public enum InfrastructureChoice {

    EMBEDDED("embedded") {
        @Override
        ManagedKafkaBroker kafkaBroker() {
            return new KafkaBrokerProcess();
        }

        @Override
        ManagedPostgres postgres() {
            return new PostgresProcess();
        }

        @Override
        ManagedMongo mongo() {
            return new MongoProtocolServerInMemory();
        }

        @Override
        ManagedMailServer mailServer() {
            return new GreenMailServer();
        }
    },

    CONTAINERS("containers") {
        @Override
        ManagedKafkaBroker kafkaBroker() {
            return new KafkaBrokerContainer();
        }

        @Override
        ManagedPostgres postgres() {
            return new PostgresContainer();
        }

        @Override
        ManagedMongo mongo() {
            return new MongoReplicaSetContainer();
        }

        @Override
        ManagedMailServer mailServer() {
            return new MailpitContainer();
        }
    };

    public static final String PROPERTY = "warmintro.test-infrastructure";

    private final String setting;

    InfrastructureChoice(String setting) {
        this.setting = setting;
    }

    /** The setting of {@value #PROPERTY} that chooses this infrastructure. */
    public String setting() {
        return setting;
    }

    /** The infrastructure the build asked for; containers only when a Docker engine answers. */
    public static InfrastructureChoice current() {
        return of(System.getProperty(PROPERTY), () -> DockerClientFactory.instance().isDockerAvailable());
    }

    /**
     * @param setting the value of {@value #PROPERTY}; none means embedded
     * @param dockerAvailable asked only when the setting is containers
     */
    static InfrastructureChoice of(String setting, BooleanSupplier dockerAvailable) {
        if (setting == null || setting.isBlank()) {
            return EMBEDDED;
        }
        String asked = setting.trim().toLowerCase(Locale.ROOT);
        InfrastructureChoice choice = Arrays.stream(values())
                .filter(candidate -> candidate.setting.equals(asked))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(PROPERTY + "=" + setting
                        + " names no test infrastructure; use one of " + Arrays.stream(values())
                                .map(InfrastructureChoice::setting).collect(Collectors.joining(", "))));
        if (choice == CONTAINERS && !dockerAvailable.getAsBoolean()) {
            throw new IllegalStateException(PROPERTY + "=containers runs the tests against containers, which needs a "
                    + "Docker engine, and none answers here (Testcontainers looks at DOCKER_HOST, "
                    + "~/.testcontainers.properties and the usual sockets). Start one, or build without "
                    + "-Pcontainers to run the tests on the embedded infrastructure.");
        }
        return choice;
    }

    abstract ManagedKafkaBroker kafkaBroker();

    abstract ManagedPostgres postgres();

    abstract ManagedMongo mongo();

    abstract ManagedMailServer mailServer();
}

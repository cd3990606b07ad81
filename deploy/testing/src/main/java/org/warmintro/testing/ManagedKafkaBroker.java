package org.warmintro.testing;

/** A Kafka broker that {@link KafkaBrokerResource} starts for the tests of a module and removes after them. */
interface ManagedKafkaBroker extends KafkaBrokerControl {

    /** Starts the broker with every topic of the platform. */
    void launch();

    /** Stops the broker for good. */
    void remove();
}

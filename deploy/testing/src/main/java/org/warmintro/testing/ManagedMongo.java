package org.warmintro.testing;

/** A MongoDB server that {@link MongoResource} starts for the tests of a module and removes after them. */
interface ManagedMongo extends MongoServerControl {

    /** Starts the server; the connection string the service is given. */
    String launch();

    void remove();
}

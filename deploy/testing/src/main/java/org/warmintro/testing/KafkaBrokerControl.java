package org.warmintro.testing;

/** Lets a test take the broker away and bring it back on the same port with the same data. */
public interface KafkaBrokerControl {

    String bootstrapServers();

    void takeDown();

    /** Ends the broker abruptly, as a crash does; {@link #bringBack()} restarts it on the data it left. */
    void kill();

    void bringBack();
}

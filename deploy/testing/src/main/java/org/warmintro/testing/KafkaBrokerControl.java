package org.warmintro.testing;

/** Lets a test take the broker away and bring it back on the same port with the same data. */
public interface KafkaBrokerControl {

    String bootstrapServers();

    void takeDown();

    void bringBack();
}

package org.warmintro.testing;

/** Lets a test take the MongoDB server away and bring it back on the same port with the same data. */
public interface MongoServerControl {

    void takeDown();

    void bringBack();
}

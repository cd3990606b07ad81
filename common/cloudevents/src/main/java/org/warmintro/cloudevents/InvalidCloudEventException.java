package org.warmintro.cloudevents;

/**
 * A record that is not a CloudEvent this platform can read, whatever the retries. The message names the attribute at
 * fault, never a value of the data, which may be personal.
 */
public class InvalidCloudEventException extends RuntimeException {

    public InvalidCloudEventException(String message) {
        super(message);
    }
}

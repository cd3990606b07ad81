package org.warmintro.referral.projection;

/**
 * A record of {@code contacts.profiles.v1} that can never be applied, however often it is retried. Its message is
 * the reason the dead-letter topic carries.
 */
class RejectedContactEvent extends RuntimeException {

    RejectedContactEvent(String reason) {
        super(reason);
    }

    RejectedContactEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}

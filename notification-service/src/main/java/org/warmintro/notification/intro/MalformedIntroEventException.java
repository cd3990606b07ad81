package org.warmintro.notification.intro;

/**
 * A record of referrals.intros.v1 that can never be processed, whatever the retries: it goes to the dead-letter topic
 * with this message as the reason. The message names the problem, never the values, which may be personal data.
 */
class MalformedIntroEventException extends RuntimeException {

    MalformedIntroEventException(String message) {
        super(message);
    }
}

package org.warmintro.referral.delivery;

/** A delivery event this service can never apply, however often it tries: it is dead-lettered at once. */
class RejectedDeliveryEvent extends RuntimeException {

    RejectedDeliveryEvent(String reason) {
        super(reason);
    }

    RejectedDeliveryEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package org.warmintro.notification.delivery;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The time every delivery decision reads, a bean so that tests can place "now" where they need it. */
class DeliveryClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

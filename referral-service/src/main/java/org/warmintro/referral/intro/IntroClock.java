package org.warmintro.referral.intro;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The time the service runs on, injected so that expiry, reminders and cool-downs can be tested at a chosen instant. */
public class IntroClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

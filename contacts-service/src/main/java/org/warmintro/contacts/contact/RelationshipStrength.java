package org.warmintro.contacts.contact;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A relationship fades when people stop talking: the strength a member gave moves towards 1 with a half-life since
 * the last interaction, and comes back with the next one.
 */
@ApplicationScoped
public class RelationshipStrength {

    private final Config config;

    RelationshipStrength(Config config) {
        this.config = config;
    }

    /** The strength today, rounded to a tenth; null when the member never rated the relationship. */
    public Double current(Short strength, Instant lastInteractionAt, Instant now) {
        if (strength == null) {
            return null;
        }
        if (lastInteractionAt == null || !lastInteractionAt.isBefore(now)) {
            return strength.doubleValue();
        }
        double halfLives = (double) Duration.between(lastInteractionAt, now).toHours() / config.halfLife().toHours();
        double faded = 1 + (strength - 1) * Math.pow(0.5, halfLives);
        return Math.round(faded * 10) / 10.0;
    }

    @ConfigMapping(prefix = "contacts.relationship")
    public interface Config {

        /** After this long without an interaction, a relationship is halfway back to a mere acquaintance. */
        @WithDefault("180d")
        Duration halfLife();
    }
}

package org.warmintro.referral.matches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.jboss.logging.Logger;
import org.warmintro.referral.matching.Matcher;
import org.warmintro.referral.vocabulary.OccupationCatalog;

/** Makes the {@link Matcher} and its O*NET vocabulary beans, configured from {@link MatchingSettings}. */
@ApplicationScoped
public class MatchingProducer {

    private static final Logger LOG = Logger.getLogger(MatchingProducer.class);

    /** Loaded at startup rather than on the first profile event, which should not wait the half second it takes. */
    @Produces
    @Singleton
    @Startup
    OccupationCatalog occupationCatalog() {
        long started = System.nanoTime();
        OccupationCatalog catalog = OccupationCatalog.load();
        LOG.infof("Loaded the O*NET 29.2 occupations (%d) and their job titles in %d ms",
                catalog.occupations().size(), (System.nanoTime() - started) / 1_000_000);
        return catalog;
    }

    @Produces
    @Singleton
    Matcher matcher(MatchingSettings settings, OccupationCatalog catalog) {
        return new Matcher(settings.toConfig(), catalog);
    }
}

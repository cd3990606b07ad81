package org.warmintro.referral.vocabulary;

/** The catalog, loaded once for all the tests of the JVM. */
public final class Onet {

    public static final OccupationCatalog CATALOG = OccupationCatalog.load();

    private Onet() {
    }
}

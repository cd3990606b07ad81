package org.warmintro.referral.vocabulary;

/**
 * How close two occupations are in the judgement of O*NET's experts ({@code related-occupations.txt}), closest first.
 * The tiers rank, for each occupation, the 5 closest others (Primary-Short), the next 5 (Primary-Long) and the next
 * 10 (Supplemental).
 */
public enum Relatedness {
    SAME,
    PRIMARY_SHORT,
    PRIMARY_LONG,
    SUPPLEMENTAL,
    UNRELATED;

    static Relatedness ofTier(String tier) {
        return switch (tier) {
            case "Primary-Short" -> PRIMARY_SHORT;
            case "Primary-Long" -> PRIMARY_LONG;
            case "Supplemental" -> SUPPLEMENTAL;
            default -> throw new IllegalArgumentException("unknown relatedness tier " + tier);
        };
    }

    public boolean closerThan(Relatedness other) {
        return ordinal() < other.ordinal();
    }
}

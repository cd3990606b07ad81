package org.warmintro.referral.matching;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.warmintro.referral.vocabulary.Occupation;
import org.warmintro.referral.vocabulary.OccupationCatalog;
import org.warmintro.referral.vocabulary.OccupationMatch;
import org.warmintro.referral.vocabulary.Relatedness;

/**
 * A seeker with what ranking needs precomputed: for every occupation, how well it fits one of the seeker's target
 * roles (so that a role's title fit is a lookup), the comparison keys, and the signals that depend on the seeker
 * alone.
 */
final class PreparedSeeker {

    /** Why an occupation fits: which target role it fits, through which of its occupations, how closely. */
    record TitleAffinity(String targetRole, Occupation targetOccupation, Relatedness relatedness, double value) {
    }

    /** The best title fit of a role and the occupation of the role it goes through. */
    record TitleFit(double value, Occupation roleOccupation, TitleAffinity affinity) {
        static final TitleFit NONE = new TitleFit(0, null, null);
    }

    private final Seeker seeker;
    private final TitleAffinity[] affinityByOccupation;
    private final Set<String> majorGroups = new HashSet<>();
    private final String companyKey;
    private final String fieldKey;
    private final Set<String> locationKeys;
    private final double relationship;
    private final double balance;

    PreparedSeeker(Seeker seeker, OccupationCatalog catalog, Instant now, MatchingConfig config) {
        this.seeker = seeker;
        this.affinityByOccupation = new TitleAffinity[catalog.occupations().size()];
        for (String targetRole : seeker.targetRoles()) {
            for (OccupationMatch target : catalog.resolve(targetRole)) {
                Occupation occupation = target.occupation();
                majorGroups.add(occupation.majorGroup());
                offer(new TitleAffinity(targetRole, occupation, Relatedness.SAME, target.confidence()), occupation);
                for (Map.Entry<Occupation, Relatedness> neighbour : catalog.neighbours(occupation).entrySet()) {
                    double value = target.confidence() * SignalFunctions.titleFit(neighbour.getValue());
                    offer(new TitleAffinity(targetRole, occupation, neighbour.getValue(), value), neighbour.getKey());
                }
            }
        }
        this.companyKey = SignalFunctions.key(seeker.company());
        this.fieldKey = SignalFunctions.key(seeker.field());
        this.locationKeys = Set.copyOf(seeker.locations().stream().map(SignalFunctions::locationKey)
                .filter(Objects::nonNull).toList());
        this.relationship = SignalFunctions.relationshipStrength(seeker.relationship(), now,
                config.relationshipHalfLife());
        this.balance = SignalFunctions.balance(seeker.relationship());
    }

    private void offer(TitleAffinity affinity, Occupation occupation) {
        TitleAffinity current = affinityByOccupation[occupation.index()];
        if (current == null || affinity.value() > current.value()) {
            affinityByOccupation[occupation.index()] = affinity;
        }
    }

    /** The best fit between one of the role's occupations and one of the seeker's target roles. */
    TitleFit titleFit(List<OccupationMatch> roleOccupations) {
        TitleFit best = TitleFit.NONE;
        for (OccupationMatch roleOccupation : roleOccupations) {
            TitleAffinity affinity = affinityByOccupation[roleOccupation.occupation().index()];
            if (affinity != null) {
                double value = roleOccupation.confidence() * affinity.value();
                if (value > best.value()) {
                    best = new TitleFit(value, roleOccupation.occupation(), affinity);
                }
            }
        }
        return best;
    }

    boolean sharesOccupationalGroup(List<String> roleMajorGroups) {
        for (String group : roleMajorGroups) {
            if (majorGroups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    Seeker seeker() {
        return seeker;
    }

    String id() {
        return seeker.contactId();
    }

    String companyKey() {
        return companyKey;
    }

    String fieldKey() {
        return fieldKey;
    }

    Set<String> locationKeys() {
        return locationKeys;
    }

    double relationship() {
        return relationship;
    }

    double balance() {
        return balance;
    }
}

package org.warmintro.referral.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.warmintro.referral.vocabulary.Relatedness;

/** Writes the sentences that tell the connector why a match is suggested, one per signal worth mentioning. */
final class ReasonWriter {

    private static final int SKILLS_NAMED = 3;
    private static final double WELL_KNOWN_STRENGTH = 4;

    private ReasonWriter() {
    }

    static List<String> reasons(PreparedSeeker seeker, DiversityReranker.Placed placed, Instant now) {
        Candidate candidate = placed.candidate();
        IndexedRole role = candidate.role();
        Signals signals = candidate.signals();
        List<String> reasons = new ArrayList<>();
        sharedSkills(seeker, role).ifPresent(reasons::add);
        if (signals.title() > 0) {
            reasons.add(titleFit(candidate.titleFit()));
        }
        if (signals.field() == 1) {
            reasons.add("in the seeker's field (" + role.contact().field().strip() + ")");
        } else if (signals.field() > 0) {
            reasons.add("in the same occupational group as the seeker's target roles");
        }
        location(seeker, role).ifPresent(reasons::add);
        seniority(seeker.seeker().seniority(), role.role().seniority()).ifPresent(reasons::add);
        if (role.contact().hiringInfluence()) {
            Seniority level = role.contact().seniority();
            reasons.add("the hiring contact has a say in hiring" + (level == null ? "" : " (" + level.label() + ")"));
        }
        lastSpoke(role.contact().relationship(), now, "").ifPresent(reasons::add);
        lastSpoke(seeker.seeker().relationship(), now, " with the seeker").ifPresent(reasons::add);
        valueFirst(seeker.seeker().relationship()).ifPresent(reasons::add);
        if (placed.forDiversity()) {
            reasons.add("here for diversity: " + placed.heldBackCount() + " higher-scored "
                    + (placed.heldBackCount() == 1 ? "match was" : "matches were") + " held back so that "
                    + enumerate(placed.heldBack()) + " do" + (placed.heldBack().size() == 1 ? "es" : "")
                    + " not fill the list");
        }
        return reasons;
    }

    private static Optional<String> sharedSkills(PreparedSeeker seeker, IndexedRole role) {
        List<Integer> shared = IntStream.range(0, role.skills().length)
                .filter(i -> seeker.seeker().skills().contains(role.skills()[i])).boxed()
                // the rarest first: they say the most about the fit
                .sorted(Comparator.<Integer>comparingDouble(i -> -role.skillRarity()[i])
                        .thenComparing(i -> role.skills()[i]))
                .toList();
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = shared.stream().limit(SKILLS_NAMED).map(i -> role.skills()[i]).toList();
        int unnamed = shared.size() - named.size();
        String skills = unnamed == 0 ? enumerate(named)
                : String.join(", ", named) + " and " + unnamed + " more skill" + (unnamed == 1 ? "" : "s");
        return Optional.of("shares " + skills + " with the " + role.role().title() + " role");
    }

    private static String titleFit(PreparedSeeker.TitleFit fit) {
        PreparedSeeker.TitleAffinity affinity = fit.affinity();
        String target = "the target role \"" + affinity.targetRole() + "\"";
        if (affinity.relatedness() == Relatedness.SAME) {
            return "fits " + target + " (both " + affinity.targetOccupation().title() + ")";
        }
        String degree = switch (affinity.relatedness()) {
            case PRIMARY_SHORT -> "closely related to";
            case PRIMARY_LONG -> "related to";
            default -> "loosely related to";
        };
        return "close to " + target + ": " + fit.roleOccupation().title() + " is " + degree + " "
                + affinity.targetOccupation().title();
    }

    private static Optional<String> location(PreparedSeeker seeker, IndexedRole role) {
        if (role.role().remote() && seeker.seeker().remote()) {
            return Optional.of("remote, as the seeker wants");
        }
        if (role.locationKey() != null && seeker.locationKeys().contains(role.locationKey())) {
            String place = role.role().location() != null ? role.role().location() : role.contact().location();
            return Optional.of("in " + place.strip() + ", where the seeker wants to work");
        }
        if (role.role().remote()) {
            return Optional.of("remote");
        }
        return Optional.empty();
    }

    private static Optional<String> seniority(Seniority seeker, Seniority role) {
        if (seeker == null || role == null) {
            return Optional.empty();
        }
        if (seeker == role) {
            return Optional.of("at the seeker's level (" + role.label() + ")");
        }
        if (role.ordinal() == seeker.ordinal() + 1) {
            return Optional.of("one step up for the seeker (" + seeker.label() + " to " + role.label() + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> lastSpoke(Relationship relationship, Instant now, String withWhom) {
        if (relationship.lastInteractionAt() == null) {
            return Optional.empty();
        }
        String sentence = "you last spoke" + withWhom + " " + ago(relationship.lastInteractionAt(), now);
        if (relationship.strength() != null && relationship.strength() >= WELL_KNOWN_STRENGTH) {
            sentence += ", and know each other well";
        }
        return Optional.of(sentence);
    }

    private static Optional<String> valueFirst(Relationship seekerRelationship) {
        if (seekerRelationship.valueReceived() <= seekerRelationship.valueGiven()) {
            return Optional.empty();
        }
        String given = seekerRelationship.valueGiven() == 0 ? "you have not helped them yet"
                : "you helped them " + times(seekerRelationship.valueGiven());
        return Optional.of("the seeker offered value first: helped you " + times(seekerRelationship.valueReceived())
                + " and " + given);
    }

    /** "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago". */
    static String ago(Instant then, Instant now) {
        long days = Math.max(0, Duration.between(then, now).toDays());
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 14) {
            return days + " days ago";
        }
        if (days < 60) {
            return days / 7 + " weeks ago";
        }
        if (days < 730) {
            return days / 30 + " months ago";
        }
        return days / 365 + " years ago";
    }

    private static String times(int count) {
        return switch (count) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> count + " times";
        };
    }

    /** "a", "a and b", "a, b and c". */
    static String enumerate(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

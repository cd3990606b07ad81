package org.warmintro.referral.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.warmintro.referral.vocabulary.Onet;

/** Small building blocks for hand-made networks. */
public final class Fixtures {

    static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    public static final Matcher MATCHER = new Matcher(MatchingConfig.DEFAULTS, Onet.CATALOG);

    private Fixtures() {
    }

    static IntroductionConsent open() {
        return new IntroductionConsent(true, 3, 0);
    }

    static OpenRole role(String title, Seniority seniority, String location, boolean remote, String... skills) {
        return new OpenRole(title, Set.of(skills), seniority, location, remote);
    }

    static HiringContact hiring(String id, String company, String field, OpenRole... roles) {
        return new HiringContact(id, company, field, Seniority.MANAGER, "Brussels", true, Relationship.unknown(),
                open(), List.of(roles));
    }

    static HiringContact withConsent(HiringContact contact, IntroductionConsent consent) {
        return new HiringContact(contact.contactId(), contact.company(), contact.field(), contact.seniority(),
                contact.location(), contact.hiringInfluence(), contact.relationship(), consent, contact.openRoles());
    }

    static Seeker seeker(String id, String company, String field, Set<String> skills, List<String> targetRoles) {
        return new Seeker(id, company, field, Seniority.MID, skills, targetRoles, List.of("Brussels"), false,
                Relationship.unknown());
    }

    static HiringNetwork network(HiringContact... contacts) {
        List<HiringContact> all = List.of(contacts);
        return MATCHER.index(all, NetworkStatistics.of(all.stream()
                .map(contact -> contact.openRoles().stream().flatMap(role -> role.skills().stream()).toList())
                .toList()));
    }

    static List<String> targets(List<Match> matches) {
        return matches.stream().map(Match::targetId).toList();
    }
}

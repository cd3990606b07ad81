package org.warmintro.referral.matches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmintro.referral.matches.ContactCards.card;
import static org.warmintro.referral.matches.ContactCards.role;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.warmintro.referral.matching.ContactPair;
import org.warmintro.referral.matching.Exclusions;
import org.warmintro.referral.matching.Fixtures;
import org.warmintro.referral.projection.ContactProfile;

/** The in-memory state of a member's matches, without infrastructure: what each profile event changes and stores. */
class MemberMatchesTest {

    private static final Instant NOW = Instant.now();
    private static final MemberMatches.IntroFacts NO_INTROS = new MemberMatches.IntroFacts(Exclusions.none(),
            Map.of());

    private final ContactCards annie = card("m", "annie", "Annie Janssens").works("VUB", "Media", "JUNIOR", "Brussels")
            .skills("adobe indesign", "wordpress", "social media", "copywriting")
            .seeking("ACTIVE", List.of("Communication Specialist", "Content Writer"), List.of("Brussels, Belgium"),
                    "adobe indesign", "wordpress", "social media", "copywriting");
    private final ContactCards bram = card("m", "bram", "Bram De Smet").works("Proximus", "Tech", "SENIOR", "Brussels")
            .skills("java", "kafka", "kubernetes")
            .seeking("ACTIVE", List.of("Backend Engineer"), List.of("Brussels"), "java", "kafka");
    private final ContactCards sofie = card("m", "sofie", "Sofie Peeters")
            .works("Scheldt Media", "media", "DIRECTOR", "Brussels")
            .hiring(true, role("Communication Specialist", "JUNIOR", "Brussels", false, "wordpress", "social media"));
    private final ContactCards wei = card("m", "wei", "Wei Zhang").works("Atomium Software", "Tech", "LEAD", "Brussels")
            .relationship(5, Duration.ofDays(1), 3, 3)
            .hiring(true, role("Sr. Backend Engineer", "SENIOR", "Brussels", false, "java", "kafka", "kubernetes"));

    @Test
    void profileEventsLeaveTheListsARebuildWouldGive() {
        MemberMatches.Built built = build(annie, bram, sofie, wei);
        Map<String, List<MatchView>> stored = store(new HashMap<>(), built.initial());

        store(stored, built.state().apply(wei.version(2).hiring(true,
                role("Sr. Backend Engineer", "SENIOR", "Brussels", false, "java", "kafka", "kubernetes"),
                role("Java Developer", "SENIOR", "Brussels", false, "java")).profile(), NO_INTROS, NOW));
        MemberMatches.Changes renamed = built.state().apply(
                sofie.version(2).works("Scheldt Media Group", "media", "DIRECTOR", "Brussels").profile(), NO_INTROS,
                NOW);
        store(stored, renamed);

        assertThat(renamed.replaced()).extracting(SeekerMatches::seekerId).containsExactly("annie");
        assertThat(stored.get("annie").get(0).company()).isEqualTo("Scheldt Media Group");
        // Wei's new role is beside the one he had, not a second match
        assertThat(stored.get("bram")).singleElement().satisfies(wei -> {
            assertThat(wei.roleTitle()).isEqualTo("Sr. Backend Engineer");
            assertThat(wei.otherRoles()).extracting(OtherRoleView::title).containsExactly("Java Developer");
        });
        assertThat(stored).isEqualTo(store(new HashMap<>(), build(annie, bram, sofie, wei).initial()));
    }

    @Test
    void anEventThatChangesNoListWritesNothing() {
        MemberMatches state = build(annie, bram, sofie, wei).state();

        MemberMatches.Changes changes = state.apply(sofie.version(2).profile(), NO_INTROS, NOW);

        assertThat(changes.replaced()).isEmpty();
        assertThat(changes.removedSeekers()).isEmpty();
        assertThat(changes.suggestions()).isEmpty();
        assertThat(state.concerns(card("m", "someone", "Someone Else").profile())).isFalse();
    }

    @Test
    void erasingAHiringContactTakesThemOutOfEveryListAndTheSuggestions() {
        MemberMatches state = build(annie, bram, sofie, wei).state();

        MemberMatches.Changes changes = state.erase("wei", NOW);

        assertThat(changes.replaced()).singleElement()
                .satisfies(list -> assertThat(list.seekerId()).isEqualTo("bram"))
                .satisfies(list -> assertThat(list.matches()).isEmpty());
        assertThat(changes.suggestions()).hasValueSatisfying(suggestions -> assertThat(suggestions.suggestions())
                .extracting(suggestion -> suggestion.match().targetId()).containsExactly("sofie"));
    }

    @Test
    void aSeekerWhoStopsSeekingLosesTheirListAndTheirSuggestions() {
        MemberMatches state = build(annie, bram, sofie, wei).state();

        MemberMatches.Changes changes = state.apply(annie.version(2).seeking("PLACED", List.of("Content Writer"),
                List.of(), "wordpress").profile(), NO_INTROS, NOW);

        assertThat(changes.removedSeekers()).containsExactly("annie");
        assertThat(changes.suggestions()).hasValueSatisfying(suggestions -> assertThat(suggestions.suggestions())
                .extracting(Suggestion::seekerId).containsOnly("bram"));
    }

    @Test
    void theCapsAndExclusionsOfTheIntroWorkflowApply() {
        MemberMatches.IntroFacts facts = new MemberMatches.IntroFacts(
                new Exclusions(Set.of(new ContactPair("bram", "wei"))), Map.of("sofie", 3));

        MemberMatches.Changes initial = MemberMatches.build("m",
                List.of(annie.profile(), bram.profile(), sofie.profile(), wei.profile()), Fixtures.MATCHER, 50,
                facts, NOW).initial();

        // Sofie's card allows three introductions in 30 days and she had three; Bram and Wei were introduced
        assertThat(initial.replaced()).allSatisfy(list -> assertThat(list.matches()).isEmpty());
    }

    @Test
    void aNetworkThatGrewByAQuarterIsIndexedAgain() {
        MemberMatches state = build(annie, bram, sofie, wei).state();

        assertThat(state.outgrowsStatistics("wei")).as("already counted").isFalse();
        assertThat(state.outgrowsStatistics("fifth")).as("4 + 1 is a quarter more").isTrue();
    }

    private static MemberMatches.Built build(ContactCards... cards) {
        List<ContactProfile> profiles = new ArrayList<>();
        for (ContactCards card : cards) {
            profiles.add(card.profile());
        }
        return MemberMatches.build("m", profiles, Fixtures.MATCHER, 50, NO_INTROS, NOW);
    }

    /** Applies the changes as {@link MatchStore} does, to a map of match lists by seeker. */
    private static Map<String, List<MatchView>> store(Map<String, List<MatchView>> stored,
            MemberMatches.Changes changes) {
        changes.replaced().forEach(list -> stored.put(list.seekerId(), list.matches()));
        changes.removedSeekers().forEach(stored::remove);
        return stored;
    }
}

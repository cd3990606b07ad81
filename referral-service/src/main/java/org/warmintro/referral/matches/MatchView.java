package org.warmintro.referral.matches;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warmintro.referral.matching.Match;
import org.warmintro.referral.matching.Signals;

/**
 * One match as it is stored and served: the hiring contact a seeker could be introduced to, under their best-fitting
 * role, with the score, the value of each signal and the reasons, and their other fitting roles. The target's name
 * and company are copied in when the match is computed, so that a read needs no other lookup.
 */
@Schema(name = "Match", description = "A hiring contact for a seeker, under their open role that fits the seeker "
        + "best, with the reasons; each hiring contact appears once, their other fitting roles beside the best")
public record MatchView(
        @Schema(description = "The hiring contact's contact id", example = "5f0c6a36-3b1e-4f0e-9c59-2f9b8e0c1a11")
        String targetId,
        @Schema(description = "The hiring contact's name", example = "Sofie Peeters") String targetName,
        @Schema(description = "The hiring contact's company; null when unknown", example = "Scheldt Media")
        String company,
        @Schema(description = "The open role that fits the seeker best; the score, signals and reasons are about it",
                example = "Communication Specialist") String roleTitle,
        @Schema(description = "The weighted mean of the signals, 0 to 1", example = "0.84") double score,
        @Schema(description = "The hiring contact's other open roles that fit the seeker, best first; empty when "
                + "there are none") List<OtherRoleView> otherRoles,
        @Schema(description = "The value of each signal, 0 to 1, by name",
                example = "{\"skills\": 0.72, \"title\": 1.0, \"field\": 1.0, \"location\": 1.0, \"seniority\": 1.0, "
                        + "\"influence\": 0.94, \"targetRelationship\": 0.68, \"seekerRelationship\": 0.78, "
                        + "\"balance\": 0.67}")
        Map<String, Double> signals,
        @Schema(description = "Why, in words, strongest evidence first",
                example = "[\"shares adobe indesign, social media and wordpress with the Communication Specialist "
                        + "role\", \"in Brussels, where the seeker wants to work\"]")
        List<String> reasons,
        @Schema(description = "Whether the match is ahead of higher-scored ones so that one company or field does "
                + "not fill the list") boolean forDiversity) {

    /** The signals' names, in the order of {@link Signals}. */
    private static final List<String> SIGNAL_NAMES = List.of("skills", "title", "field", "location", "seniority",
            "influence", "targetRelationship", "seekerRelationship", "balance");

    public MatchView {
        // a list stored by an earlier release has no other roles (it gave each role a match of its own) until the
        // member's next profile event rebuilds it
        otherRoles = otherRoles == null ? List.of() : List.copyOf(otherRoles);
        signals = Collections.unmodifiableMap(inSignalOrder(signals));
        reasons = List.copyOf(reasons);
    }

    static MatchView of(Match match, String targetName, String company) {
        return new MatchView(match.targetId(), targetName, company, match.roleTitle(), match.score(),
                match.otherRoles().stream().map(OtherRoleView::of).toList(), signalsByName(match.signals()),
                match.reasons(), match.forDiversity());
    }

    /** In the order of {@link Signals} for people reading the JSON, whatever order the map came in. */
    private static Map<String, Double> inSignalOrder(Map<String, Double> signals) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        SIGNAL_NAMES.stream().filter(signals::containsKey).forEach(name -> ordered.put(name, signals.get(name)));
        signals.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Map<String, Double> signalsByName(Signals signals) {
        double[] values = {signals.skills(), signals.title(), signals.field(), signals.location(), signals.seniority(),
                signals.influence(), signals.targetRelationship(), signals.seekerRelationship(), signals.balance()};
        Map<String, Double> byName = new LinkedHashMap<>();
        for (int index = 0; index < values.length; index++) {
            byName.put(SIGNAL_NAMES.get(index), values[index]);
        }
        return byName;
    }
}

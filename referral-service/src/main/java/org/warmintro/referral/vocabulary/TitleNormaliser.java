package org.warmintro.referral.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a job title as people write it into comparable words: lower case, punctuation dropped, common abbreviations
 * spelled out ("Sr. Backend Eng." becomes {@code senior back end engineer}), filler words dropped and plurals made
 * singular, because O*NET names its occupations in the plural ("Software Developers") and people name themselves
 * in the singular.
 */
public final class TitleNormaliser {

    /** Abbreviations, and a few synonyms, with what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("sr", "senior"), Map.entry("snr", "senior"), Map.entry("jr", "junior"),
            Map.entry("mgr", "manager"), Map.entry("mngr", "manager"), Map.entry("eng", "engineer"),
            Map.entry("engr", "engineer"), Map.entry("dev", "developer"), Map.entry("sw", "software"),
            Map.entry("swe", "software engineer"), Map.entry("asst", "assistant"), Map.entry("assoc", "associate"),
            Map.entry("admin", "administrator"), Map.entry("mktg", "marketing"), Map.entry("comms", "communications"),
            Map.entry("coord", "coordinator"), Map.entry("dir", "director"), Map.entry("exec", "executive"),
            Map.entry("rep", "representative"), Map.entry("spec", "specialist"), Map.entry("ops", "operations"),
            Map.entry("qa", "quality assurance"), Map.entry("hr", "human resources"), Map.entry("vp", "vice president"),
            Map.entry("ceo", "chief executive officer"), Map.entry("cto", "chief technology officer"),
            Map.entry("cfo", "chief financial officer"), Map.entry("coo", "chief operating officer"),
            Map.entry("cmo", "chief marketing officer"), Map.entry("backend", "back end"),
            Map.entry("frontend", "front end"), Map.entry("fullstack", "full stack"),
            // "Head of Communications" is what O*NET calls a Communications Director
            Map.entry("head", "director"));

    private static final Set<String> FILLER_WORDS = Set.of("and", "of", "the", "for", "in", "a", "an", "to", "at");

    /** Words that say how senior someone is rather than what they do; O*NET titles rarely carry them. */
    private static final Set<String> LEVEL_WORDS = Set.of("senior", "junior", "principal", "lead", "staff",
            "entry", "level", "trainee", "i", "ii", "iii", "iv");

    private TitleNormaliser() {
    }

    /** The title's words, normalised; empty for a blank title. */
    public static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lowerCase = title.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lowerCase.length(); i++) {
            char c = i < lowerCase.length() ? lowerCase.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c == '&') {
                addWord(words, word);
                words.add("and");
            } else if (c != '\'' && c != '’') {
                // an apostrophe joins ("Children's" is one word); anything else separates
                addWord(words, word);
            }
        }
        List<String> meaningful = new ArrayList<>(words.size());
        for (String w : words) {
            if (!FILLER_WORDS.contains(w)) {
                meaningful.add(singular(w));
            }
        }
        return meaningful;
    }

    /** The words without those that only say how senior the person is, unless nothing else is left. */
    public static List<String> withoutLevelWords(List<String> words) {
        List<String> kept = words.stream().filter(w -> !LEVEL_WORDS.contains(w)).toList();
        return kept.isEmpty() ? words : kept;
    }

    /**
     * The distinct words in alphabetical order, as a key for exact matching: a title is a bag of words ("Director of
     * Communications" is a Communications Director).
     */
    public static String key(List<String> words) {
        return String.join(" ", new TreeSet<>(words));
    }

    private static void addWord(List<String> words, StringBuilder word) {
        if (word.isEmpty()) {
            return;
        }
        String expansion = ABBREVIATIONS.get(word.toString());
        if (expansion == null) {
            words.add(word.toString());
        } else {
            words.addAll(List.of(expansion.split(" ")));
        }
        word.setLength(0);
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}

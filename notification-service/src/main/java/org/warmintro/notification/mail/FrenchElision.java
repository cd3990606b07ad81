package org.warmintro.notification.mail;

import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.TemplateExtension;

/**
 * "que" and "de" before a name or a role title in the French emails, elided as French writes them: "qu'Annie",
 * "d'Hélène", "que Bruno", "de Head of Sales". The French messages call them, {@code {fr:que(seekerName)}}, so that
 * no translation elides by hand and a name written into a sentence is always right.
 */
public final class FrenchElision {

    /**
     * Words whose h is aspirated, so that nothing is elided before them: French ones a title may start with, and the
     * English ones of the role titles French job offers keep in English.
     */
    private static final Set<String> ASPIRATED_H = Set.of("haut", "haute", "hauts", "hautes", "héros", "head",
            "hardware", "help", "helpdesk", "hub", "hotline", "hospitality", "happiness", "hacker");

    private FrenchElision() {
    }

    @TemplateExtension(namespace = "fr")
    public static String que(String word) {
        return elided("que", "qu'", word);
    }

    @TemplateExtension(namespace = "fr")
    public static String de(String word) {
        return elided("de", "d'", word);
    }

    private static String elided(String whole, String elided, String word) {
        if (word == null || word.isBlank()) {
            return whole;
        }
        return startsWithAVowelSound(word) ? elided + word : whole + " " + word;
    }

    /**
     * A vowel; a y before a consonant (Yves, not Yann); an h before a vowel, which is mute in French names (Hélène,
     * Hugo) unless the word is one of the few with an aspirated h.
     */
    private static boolean startsWithAVowelSound(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        char first = lower.charAt(0);
        if (isVowel(first)) {
            return true;
        }
        if (lower.length() < 2) {
            return false;
        }
        char second = lower.charAt(1);
        if (first == 'y') {
            return !isVowel(second) && Character.isLetter(second);
        }
        if (first == 'h') {
            String firstWord = lower.split("[^\\p{L}]", 2)[0];
            return isVowel(second) && !ASPIRATED_H.contains(firstWord);
        }
        return false;
    }

    private static boolean isVowel(char letter) {
        return "aeiouàâäéèêëîïôöùûüœæ".indexOf(letter) >= 0;
    }
}

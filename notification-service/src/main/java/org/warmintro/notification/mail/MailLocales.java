package org.warmintro.notification.mail;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The languages the emails are written in. */
public final class MailLocales {

    /** Every message bundle has a translation for each of these; the first is the fallback. */
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private MailLocales() {
    }

    /**
     * The supported language of a recipient's locale tag ({@code fr}, {@code fr-BE}, {@code fr_BE}), English when
     * the tag is missing or names a language the emails are not written in.
     */
    public static Locale resolve(String localeTag) {
        if (localeTag == null) {
            return SUPPORTED.get(0);
        }
        String language = Locale.forLanguageTag(localeTag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst()
                .orElse(SUPPORTED.get(0));
    }

    /** The words of a message bundle in {@code locale}, which {@link #resolve} or {@link #shared} chose. */
    public static <T> T messages(Class<T> bundle, Locale locale) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag()));
    }

    /**
     * The language of an email that several people read together: theirs when they share one, English otherwise,
     * since nobody should get an email in a language only the other reads.
     */
    public static Locale shared(String localeTag, String otherLocaleTag) {
        Locale locale = resolve(localeTag);
        return locale.equals(resolve(otherLocaleTag)) ? locale : SUPPORTED.get(0);
    }
}

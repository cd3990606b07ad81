package org.warmintro.contacts.text;

/** Free text as it is stored: every line ends with a line feed, whatever system the writer used. */
public final class LineBreaks {

    private LineBreaks() {
    }

    /** {@code text} with each CR LF as a line feed; null stays null. */
    public static String normalised(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }
}

package org.warmintro.contacts.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.StructuredName;
import ezvcard.property.TextProperty;
import org.warmintro.contacts.contact.ContactRequest;
import org.warmintro.problem.ProblemException;

/**
 * Reads an address book export of vCards (4.0, 3.0, and the 2.1 of old phones): one person per card. Each card is
 * read on its own, as the import asks for people, so that a card that cannot be read, or whose END is missing (the
 * next BEGIN ends it then), is reported at the line where it begins and the others are imported all the same.
 */
final class VCards extends PeopleReader {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "fullName", "FN",
            "givenName", "N",
            "email", "EMAIL",
            "profileUrl", "URL",
            "company", "ORG",
            "title", "TITLE",
            "location", "ADR",
            "note", "NOTE");

    private static final String NO_END = "the vCard that begins here has no END:VCARD";
    /** The property of a vCard 2.1 after which the card of the person's agent is nested, on the lines that follow. */
    private static final Pattern EMPTY_AGENT = Pattern.compile("(?i)([\\w-]+\\.)?AGENT(;[^:]*)?:\\s*");

    private final BufferedReader lines;
    private int lineNumber;
    private boolean anyCard;
    private String pushedBack;

    private VCards(Reader addressBook) {
        super(FIELD_NAMES);
        this.lines = new BufferedReader(addressBook);
    }

    static PeopleReader read(Reader addressBook) {
        return new VCards(addressBook);
    }

    /** Reads past what lies between cards, then one card; its text is all that is kept of the file meanwhile. */
    @Override
    FileEntry read() {
        StringBuilder card = new StringBuilder();
        int depth = 0;
        int firstLine = 0;
        String previous = null;
        for (String line = nextLine(); line != null; previous = line, line = nextLine()) {
            if (isProperty(line, "BEGIN:VCARD")) {
                if (depth == 0) {
                    firstLine = lineNumber;
                } else if (!isEmptyAgent(previous)) {
                    // the card lacks its END: this BEGIN is that of the next card, which is read all the same
                    pushedBack = line;
                    anyCard = true;
                    return new FileEntry.Unreadable(firstLine, NO_END);
                }
                depth++;
            }
            if (depth > 0) {
                card.append(line).append("\r\n");
                // a vCard 2.1 may nest the card of an agent: only the outer END closes the person
                if (isProperty(line, "END:VCARD") && --depth == 0) {
                    anyCard = true;
                    return readCard(card.toString(), firstLine);
                }
            }
        }
        if (depth > 0) {
            anyCard = true;
            return new FileEntry.Unreadable(firstLine, NO_END);
        }
        if (!anyCard) {
            throw ProblemException.invalid("(body)",
                    "holds no vCard: each begins with BEGIN:VCARD and ends with END:VCARD");
        }
        return null;
    }

    /** The next line of the file, or the line read last once more when it was pushed back. */
    private String nextLine() {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            return line;
        }
        try {
            String line = lines.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyAgent(String line) {
        return line != null && EMPTY_AGENT.matcher(line).matches();
    }

    private static boolean isProperty(String line, String property) {
        return line.regionMatches(true, 0, property, 0, property.length())
                && line.substring(property.length()).isBlank();
    }

    private static FileEntry readCard(String text, int line) {
        VCard vcard;
        try {
            vcard = Ezvcard.parse(text).first();
        } catch (RuntimeException e) {
            // ez-vcard forgives a lot; what it cannot read at all must still not sink the other cards
            vcard = null;
        }
        if (vcard == null) {
            return new FileEntry.Unreadable(line, "cannot be read as a vCard");
        }
        return new ImportedPerson(line, card(vcard), note(vcard));
    }

    private static ContactRequest card(VCard vcard) {
        String email = first(vcard.getEmails().stream().map(TextProperty::getValue));
        return ContactRequest.builder()
                .fullName(fullName(vcard))
                .givenName(givenName(vcard))
                .email(email == null ? null : email.toLowerCase(Locale.ROOT))
                .profileUrl(profileUrl(vcard))
                .company(company(vcard))
                .title(first(vcard.getTitles().stream().map(TextProperty::getValue)))
                .location(location(vcard))
                .build();
    }

    private static String fullName(VCard vcard) {
        String formatted = vcard.getFormattedName() == null ? null : blankToNull(vcard.getFormattedName().getValue());
        if (formatted != null) {
            return formatted;
        }
        StructuredName name = vcard.getStructuredName();
        return name == null ? null : joined(" ", Stream.of(name.getGiven(), name.getFamily()));
    }

    private static String givenName(VCard vcard) {
        StructuredName name = vcard.getStructuredName();
        return name == null ? null : blankToNull(name.getGiven());
    }

    /** The first web address; one without http(s) (a bare {@code www.} site) is not a profile page. */
    private static String profileUrl(VCard vcard) {
        return first(vcard.getUrls().stream().map(TextProperty::getValue)
                .filter(url -> url != null && url.strip().matches("(?i)https?://\\S+")));
    }

    private static String company(VCard vcard) {
        return vcard.getOrganization() == null ? null : first(vcard.getOrganization().getValues().stream());
    }

    private static String location(VCard vcard) {
        List<Address> addresses = vcard.getAddresses();
        return addresses.isEmpty() ? null
                : joined(", ", Stream.of(addresses.get(0).getLocality(), addresses.get(0).getCountry()));
    }

    private static String note(VCard vcard) {
        return joined("\n\n", vcard.getNotes().stream().map(TextProperty::getValue));
    }

    private static String first(Stream<String> values) {
        return values.map(VCards::blankToNull).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String joined(String separator, Stream<String> parts) {
        return blankToNull(parts.map(VCards::blankToNull).filter(Objects::nonNull).collect(Collectors.joining(separator)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

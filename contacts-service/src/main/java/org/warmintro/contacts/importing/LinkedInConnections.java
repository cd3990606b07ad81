package org.warmintro.contacts.importing;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.warmintro.contacts.contact.ContactRequest;
import org.warmintro.problem.ProblemException;

/**
 * Reads LinkedIn's "Connections.csv" export: a few lines of notes, a blank line, the header
 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On}, then one person per row, as
 * {@link CsvRows} reads them: separated by commas, or by semicolons once a spreadsheet saved the file, and a row that
 * is not CSV is reported at its own line. The file is read row by row, as the import asks for people.
 */
final class LinkedInConnections extends PeopleReader {

    private static final String HOW_WE_MET = "LinkedIn connection";
    private static final String CONNECTED_ON_FIELD = "Connected On";

    private static final DateTimeFormatter CONNECTED_ON = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    /** How a spreadsheet in a European locale, which saves with semicolons, writes the dates it recognised. */
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("[d/M/uuuu][d.M.uuuu][d-M-uuuu]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "fullName", "First Name and Last Name",
            "givenName", "First Name",
            "email", "Email Address",
            "profileUrl", "URL",
            "company", "Company",
            "title", "Position",
            "relationship.lastInteractionAt", CONNECTED_ON_FIELD);

    private final CsvRows rows;
    private final LocalDate today;
    private Columns columns;
    private int headerLine;
    private boolean anyRow;

    private LinkedInConnections(CsvRows rows, LocalDate today) {
        super(FIELD_NAMES);
        this.rows = rows;
        this.today = today;
    }

    /**
     * The export that {@code export} opens, once, or once more from a row that is not CSV. A Connected On later than
     * {@code today} is left out.
     */
    static PeopleReader read(Supplier<Reader> export, LocalDate today) {
        return new LinkedInConnections(CsvRows.open(export, Columns::isHeader), today);
    }

    @Override
    FileEntry read() {
        if (columns == null) {
            CsvRows.Header header = rows.header();
            if (header == null) {
                throw ProblemException.invalid("(body)", "has no header line First Name,Last Name,URL,Email Address,"
                        + "Company,Position,Connected On: it is not LinkedIn's Connections.csv");
            }
            columns = Columns.of(header.names());
            headerLine = header.line();
        }
        CsvRows.Row row = rows.next();
        if (row == null) {
            if (anyRow) {
                return null;
            }
            anyRow = true;
            return new FileEntry.Remark(headerLine, "the file lists no one after its header");
        }
        anyRow = true;
        if (row instanceof CsvRows.Broken broken) {
            return new FileEntry.Unreadable(broken.line(), broken.reason());
        }
        return person((CsvRows.Values) row);
    }

    private ImportedPerson person(CsvRows.Values row) {
        List<String> leftOut = new ArrayList<>();
        String connectedOn = columns.value(row, columns.connectedOn);
        Instant connected = null;
        if (connectedOn != null) {
            LocalDate date = date(connectedOn);
            if (date == null) {
                leftOut.add(CONNECTED_ON_FIELD + ": " + connectedOn
                        + " is not a date such as 12 Mar 2021, so it was left out");
            } else if (date.isAfter(today)) {
                leftOut.add(CONNECTED_ON_FIELD + ": " + connectedOn + " is later than today, so it was left out");
            } else {
                connected = date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        return new ImportedPerson(row.line(), columns.card(row, connected), null, leftOut);
    }

    private LocalDate date(String value) {
        for (DateTimeFormatter format : rows.delimiter() == ';' ? List.of(CONNECTED_ON, DAY_FIRST) : List.of(CONNECTED_ON)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // not in this format: the next one, if any
            }
        }
        return null;
    }

    @Override
    public void close() {
        rows.close();
    }

    /** Where each field of a person is in a row, by the names of the header; -1 for a column the file lacks. */
    private record Columns(int firstName, int lastName, int url, int email, int company, int position, int connectedOn) {

        static boolean isHeader(List<String> values) {
            List<String> names = normalised(values);
            return names.contains("first name") && names.contains("last name");
        }

        static Columns of(List<String> header) {
            List<String> names = normalised(header);
            return new Columns(names.indexOf("first name"), names.indexOf("last name"), names.indexOf("url"),
                    names.indexOf("email address"), names.indexOf("company"), names.indexOf("position"),
                    names.indexOf("connected on"));
        }

        private static List<String> normalised(List<String> names) {
            return names.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        }

        ContactRequest card(CsvRows.Values row, Instant connected) {
            String first = value(row, firstName);
            String last = value(row, lastName);
            String emailAddress = value(row, email);
            return ContactRequest.builder()
                    .fullName(first == null ? last : last == null ? first : first + " " + last)
                    .givenName(first)
                    .email(emailAddress == null ? null : emailAddress.toLowerCase(Locale.ROOT))
                    .profileUrl(value(row, url))
                    .company(value(row, company))
                    .title(value(row, position))
                    .relationship(new ContactRequest.Relationship(null, HOW_WE_MET, connected))
                    .build();
        }

        String value(CsvRows.Values row, int column) {
            if (column < 0 || column >= row.values().size()) {
                return null;
            }
            String value = row.values().get(column).trim();
            return value.isBlank() ? null : value;
        }
    }
}

package org.warmintro.contacts.importing;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.warmintro.contacts.contact.ContactRequest;
import org.warmintro.problem.Problem;
import org.warmintro.problem.ProblemException;

/**
 * Reads LinkedIn's "Connections.csv" export: a few lines of notes, a blank line, the header
 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On}, then one person per record. A quoted
 * field may hold commas and line breaks, so one person may span several lines of the file. The file is read record by
 * record, as the import asks for people.
 */
final class LinkedInConnections extends PeopleReader {

    private static final String HOW_WE_MET = "LinkedIn connection";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Values are trimmed here rather than by the parser, which would trim away line breaks that numbering counts. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
    private static final DateTimeFormatter CONNECTED_ON = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH);
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "fullName", "First Name and Last Name",
            "givenName", "First Name",
            "email", "Email Address",
            "profileUrl", "URL",
            "company", "Company",
            "title", "Position",
            "relationship.lastInteractionAt", "Connected On");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private Columns columns;

    private LinkedInConnections(CSVParser parser) {
        super(FIELD_NAMES);
        this.parser = parser;
        this.records = parser.iterator();
    }

    static PeopleReader read(Reader export) {
        try {
            return new LinkedInConnections(FORMAT.parse(withoutByteOrderMark(export)));
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** Excel writes UTF-8 with a byte order mark in front. */
    private static Reader withoutByteOrderMark(Reader export) throws IOException {
        PushbackReader reader = new PushbackReader(export);
        int first = reader.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    @Override
    FileEntry read() {
        try {
            if (columns == null) {
                columns = Columns.findHeader(records);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int line = firstLineOf(record);
                try {
                    return new ImportedPerson(line, columns.card(record), null);
                } catch (DateTimeParseException e) {
                    return new FileEntry.Unreadable(line,
                            "Connected On: is not a date such as 12 Mar 2021: " + e.getParsedString());
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause());
        }
    }

    /**
     * The line where a record starts. The parser counts the lines it read, up to the last of the record; the record
     * spans as many more as the line breaks inside its quoted values, which the values keep as they were.
     */
    private int firstLineOf(CSVRecord record) {
        long lineBreaksInside = record.stream().mapToLong(LinkedInConnections::lineBreaks).sum();
        return (int) (parser.getCurrentLineNumber() - lineBreaksInside);
    }

    private static long lineBreaks(String value) {
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException malformed(IOException e) {
        return new ProblemException(Problem.of(400, "malformed-csv", "Malformed CSV",
                "The file is not valid CSV: " + e.getMessage()));
    }

    /** Where each field of a person is in a record, by the names of the header; -1 for a column the file lacks. */
    private record Columns(int firstName, int lastName, int url, int email, int company, int position, int connectedOn) {

        /** Reads past the notes that LinkedIn puts before the header, and the header itself. */
        static Columns findHeader(Iterator<CSVRecord> records) {
            while (records.hasNext()) {
                List<String> names = records.next().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
                if (names.contains("first name") && names.contains("last name")) {
                    return new Columns(names.indexOf("first name"), names.indexOf("last name"), names.indexOf("url"),
                            names.indexOf("email address"), names.indexOf("company"), names.indexOf("position"),
                            names.indexOf("connected on"));
                }
            }
            throw ProblemException.invalid("(body)", "has no header line First Name,Last Name,URL,Email Address,"
                    + "Company,Position,Connected On: it is not LinkedIn's Connections.csv");
        }

        ContactRequest card(CSVRecord record) {
            String first = value(record, firstName);
            String last = value(record, lastName);
            String fullName = first == null ? last : last == null ? first : first + " " + last;
            String emailAddress = value(record, email);
            String connectedDate = value(record, connectedOn);
            Instant connected = connectedDate == null ? null
                    : LocalDate.parse(connectedDate, CONNECTED_ON).atStartOfDay(ZoneOffset.UTC).toInstant();
            return new ContactRequest(fullName, first,
                    emailAddress == null ? null : emailAddress.toLowerCase(Locale.ROOT), value(record, url), null,
                    value(record, company), value(record, position), null, null, null, null, null, null, null,
                    new ContactRequest.Relationship(null, HOW_WE_MET, connected), null);
        }

        private static String value(CSVRecord record, int column) {
            if (column < 0 || column >= record.size()) {
                return null;
            }
            String value = record.get(column).trim();
            return value.isBlank() ? null : value;
        }
    }
}

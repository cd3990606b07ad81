package org.warmintro.contacts.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * field may hold commas and line breaks, so one person may span several lines of the file.
 */
final class LinkedInConnections {

    private static final String HOW_WE_MET = "LinkedIn connection";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();
    private static final DateTimeFormatter CONNECTED_ON = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH);
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "fullName", "First Name and Last Name",
            "email", "Email Address",
            "profileUrl", "URL",
            "company", "Company",
            "title", "Position",
            "relationship.lastInteractionAt", "Connected On");

    private LinkedInConnections() {
    }

    static ParsedFile read(String export) {
        // Excel writes UTF-8 with a byte order mark in front
        String text = export.startsWith("\uFEFF") ? export.substring(1) : export;
        LineNumbers lines = new LineNumbers(text);
        ParsedFile.Builder file = new ParsedFile.Builder(FIELD_NAMES);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            Columns columns = Columns.findHeader(records);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int line = lines.lineOf(record.getCharacterPosition());
                try {
                    file.person(new ImportedPerson(line, columns.card(record), null));
                } catch (DateTimeParseException e) {
                    file.unreadable(line, "Connected On: is not a date such as 12 Mar 2021: " + e.getParsedString());
                }
            }
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause());
        } catch (IOException e) {
            throw malformed(e);
        }
        return file.build();
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
                List<String> names = records.next().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
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
            return new ContactRequest(fullName, emailAddress == null ? null : emailAddress.toLowerCase(Locale.ROOT),
                    value(record, url), null, value(record, company), value(record, position), null, null, null, null,
                    null, null, null, new ContactRequest.Relationship(null, HOW_WE_MET, connected), null);
        }

        private static String value(CSVRecord record, int column) {
            if (column < 0 || column >= record.size() || record.get(column).isBlank()) {
                return null;
            }
            return record.get(column);
        }
    }

    /** The line, from 1, at which a character of the text is: what the member sees in an editor. */
    private static final class LineNumbers {

        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The line of a record that the parser says starts at {@code position}: that is where the line break ending the
         * previous record left it, before the blank lines it skipped.
         */
        int lineOf(long position) {
            int start = (int) position;
            while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            int found = Arrays.binarySearch(lineStarts, start);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}

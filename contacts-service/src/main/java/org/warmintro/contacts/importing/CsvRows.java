package org.warmintro.contacts.importing;

import java.io.BufferedReader;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file that starts with a few lines of anything, then a header: each row with the line where it
 * starts, read one at a time as the caller asks. Rows of blank values are left out.
 * <p>
 * The delimiter is the one that makes a header of one of the first lines: a spreadsheet in a European locale saves
 * with semicolons. Read as CSV, a quoted value may span lines; but a quote left open takes in every line up to the
 * next quote and fails there, far from the line at fault, or never. So from the row where the file stops being CSV,
 * or where a row that spans lines turns out to have another number of values than the header, the file is read again
 * one line a row: a line that is not CSV on its own, or has another number of values than the header, is a broken row
 * at its own line, and the lines around it are read all the same.
 */
final class CsvRows implements AutoCloseable {

    /** A row of the file, where it starts (from 1, as an editor numbers lines). */
    sealed interface Row permits Values, Broken {
        int line();
    }

    record Values(int line, List<String> values) implements Row {
    }

    record Broken(int line, String reason) implements Row {
    }

    record Header(int line, List<String> names) {
    }

    static final String UNCLOSED_QUOTE = "a value opens a quote (\") that the line does not close";
    static final String TEXT_AFTER_QUOTE = "a value has more text after its closing quote (\")";

    /** How much of the file is looked at for the header that tells the delimiter. */
    private static final int HEADER_LOOKAHEAD = 16 * 1024;
    private static final List<Character> DELIMITERS = List.of(',', ';');

    private final Supplier<Reader> file;
    private final Predicate<List<String>> isHeader;
    private final CSVFormat format;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** The last line of the last record read as CSV. */
    private long endOfLastRecord;
    private Header header;
    /** Once the file is read one line a row; null while it is read as CSV. */
    private BufferedReader lines;
    private int lineNumber;

    private CsvRows(Supplier<Reader> file, Predicate<List<String>> isHeader, Reader text, char delimiter) {
        this.file = file;
        this.isHeader = isHeader;
        // values are trimmed by the caller rather than by the parser, which would trim away line breaks that count
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try {
            this.parser = format.parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /**
     * Opens the file that {@code file} opens, as often as it is asked: once, unless a broken row makes it read the
     * file again from there. {@code isHeader} tells the header by its names, and so the delimiter.
     */
    static CsvRows open(Supplier<Reader> file, Predicate<List<String>> isHeader) {
        BufferedReader text = new BufferedReader(file.get());
        return new CsvRows(file, isHeader, text, delimiter(text, isHeader));
    }

    char delimiter() {
        return format.getDelimiterString().charAt(0);
    }

    /** Reads past the lines before the header, and the header: null when the file has none. */
    Header header() {
        for (Row row = next(); row != null; row = next()) {
            if (row instanceof Values values && isHeader.test(values.values())) {
                header = new Header(values.line(), values.values());
                return header;
            }
        }
        return null;
    }

    /** The next row, or null after the last. */
    Row next() {
        if (lines == null) {
            Row row = nextRecord();
            if (lines == null) {
                return row;
            }
        }
        return nextLine();
    }

    private Row nextRecord() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long lineBreaksInside = record.stream().mapToLong(CsvRows::lineBreaks).sum();
                // the parser counts the lines it read, up to the last of the record
                int firstLine = (int) (parser.getCurrentLineNumber() - lineBreaksInside);
                if (lineBreaksInside > 0 && header != null && record.size() != header.names().size()) {
                    readLineByLineFrom(firstLine);
                    return null;
                }
                endOfLastRecord = parser.getCurrentLineNumber();
                if (!isBlank(record.toList())) {
                    return new Values(firstLine, record.toList());
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
                throw e;
            }
            readLineByLineFrom(endOfLastRecord + 1);
            return null;
        }
    }

    private Row nextLine() {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                Row row = row(line);
                if (row != null) {
                    return row;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line read on its own: a row, or null for a line of blank values. */
    private Row row(String line) {
        List<String> values;
        try (CSVParser one = format.parse(new StringReader(line))) {
            Iterator<CSVRecord> record = one.iterator();
            if (!record.hasNext()) {
                return null;
            }
            values = record.next().toList();
        } catch (IOException | UncheckedIOException e) {
            return new Broken(lineNumber, reason(e));
        }
        if (isBlank(values)) {
            return null;
        }
        if (header != null && values.size() != header.names().size()) {
            return new Broken(lineNumber,
                    "has %d values where the header has %d".formatted(values.size(), header.names().size()));
        }
        return new Values(lineNumber, values);
    }

    private static String reason(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return UNCLOSED_QUOTE;
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return TEXT_AFTER_QUOTE;
        }
        return "is not valid CSV";
    }

    private void readLineByLineFrom(long firstLine) {
        close();
        lines = new BufferedReader(file.get());
        try {
            while (lineNumber < firstLine - 1 && lines.readLine() != null) {
                lineNumber++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (lines != null) {
                lines.close();
            } else {
                parser.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The delimiter with which one of the first lines of the text is the header; a comma when none is. The text is
     * read ahead and back, so that the parser then reads it from its beginning.
     */
    private static char delimiter(BufferedReader text, Predicate<List<String>> isHeader) {
        try {
            text.mark(HEADER_LOOKAHEAD);
            char[] head = new char[HEADER_LOOKAHEAD];
            int length = 0;
            for (int read = 0; read >= 0 && length < head.length; read = text.read(head, length, head.length - length)) {
                length += read;
            }
            text.reset();
            BufferedReader firstLines = new BufferedReader(new CharArrayReader(head, 0, length));
            for (String line = firstLines.readLine(); line != null; line = firstLines.readLine()) {
                for (char delimiter : DELIMITERS) {
                    if (isHeader.test(valuesOf(line, delimiter))) {
                        return delimiter;
                    }
                }
            }
            return DELIMITERS.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> valuesOf(String line, char delimiter) {
        try (CSVParser one = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(line))) {
            Iterator<CSVRecord> record = one.iterator();
            return record.hasNext() ? record.next().toList() : List.of();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean isBlank(List<String> values) {
        return values.stream().allMatch(String::isBlank);
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
}

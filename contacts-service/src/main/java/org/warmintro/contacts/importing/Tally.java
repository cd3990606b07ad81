package org.warmintro.contacts.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts what an import does to each person of a file, and what the report says of its lines. */
final class Tally {

    private int created;
    private int updated;
    private int skipped;
    private final List<ImportReport.LineError> errors = new ArrayList<>();
    private final List<ImportReport.LineError> warnings = new ArrayList<>();
    /**
     * The line of the file that first named each card the import wrote, so that a later line that names the same
     * person is reported as such, in whichever chunk it is. One entry per card: never more than an import's people.
     */
    private final Map<UUID, Integer> firstLines = new HashMap<>();

    void created() {
        created++;
    }

    void updated() {
        updated++;
    }

    void skipped() {
        skipped++;
    }

    void error(int line, String reason) {
        errors.add(new ImportReport.LineError(line, reason));
    }

    void warning(int line, String reason) {
        warnings.add(new ImportReport.LineError(line, reason));
    }

    void named(UUID card, int line) {
        firstLines.putIfAbsent(card, line);
    }

    /** The line of the file that first named the card, or null when none has yet. */
    Integer firstLineOf(UUID card) {
        return firstLines.get(card);
    }

    /** Adds what a chunk did, once it is committed. */
    void add(Tally chunk) {
        created += chunk.created;
        updated += chunk.updated;
        skipped += chunk.skipped;
        errors.addAll(chunk.errors);
        warnings.addAll(chunk.warnings);
        chunk.firstLines.forEach(firstLines::putIfAbsent);
    }

    ImportReport report() {
        return new ImportReport(created, updated, skipped, inFileOrder(errors), inFileOrder(warnings));
    }

    /** The entries by line, those of one line joined into one entry, as one person's reasons are. */
    private static List<ImportReport.LineError> inFileOrder(List<ImportReport.LineError> entries) {
        List<ImportReport.LineError> sorted = entries.stream()
                .sorted(Comparator.comparingInt(ImportReport.LineError::line)).toList();
        List<ImportReport.LineError> joined = new ArrayList<>();
        for (ImportReport.LineError entry : sorted) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).line() == entry.line()) {
                joined.set(last, new ImportReport.LineError(entry.line(),
                        joined.get(last).reason() + "; " + entry.reason()));
            } else {
                joined.add(entry);
            }
        }
        return joined;
    }
}

package org.warmintro.contacts.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Counts what an import does to each person of a file. */
final class Tally {

    private int created;
    private int updated;
    private int skipped;
    private final List<ImportReport.LineError> errors = new ArrayList<>();

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

    /** How many cards were created so far. */
    int cardsCreated() {
        return created;
    }

    /** Adds what a chunk did, once it is committed. */
    void add(Tally chunk) {
        created += chunk.created;
        updated += chunk.updated;
        skipped += chunk.skipped;
        errors.addAll(chunk.errors);
    }

    ImportReport report() {
        List<ImportReport.LineError> inFileOrder = errors.stream()
                .sorted(Comparator.comparingInt(ImportReport.LineError::line)).toList();
        return new ImportReport(created, updated, skipped, inFileOrder);
    }
}

package org.warmintro.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The figures of a run as a Markdown table, each beside its ceiling, with what the run measured the ceilings as. */
final class ResultTable {

    private static final List<String> HEADER = List.of("figure", "product", "ceiling", "ratio", "target", "met?");

    private final List<Figure> figures = new ArrayList<>();
    private final List<Figure> ceilings = new ArrayList<>();

    void add(Figure figure) {
        figures.add(figure);
    }

    /** A ceiling as measured: listed on its own, and named by the figures it bounds. */
    void addCeiling(Figure ceiling) {
        ceilings.add(ceiling);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            rows.add(List.of(figure.name(), figure.productCell(), figure.ceilingCell(), figure.ratioCell(),
                    figure.targetCell(), figure.metCell()));
        }
        table(text, HEADER, rows);
        if (!ceilings.isEmpty()) {
            text.append("\nCeilings, measured in the same run through the same load generator:\n\n");
            List<List<String>> ceilingRows = new ArrayList<>();
            for (Figure ceiling : ceilings) {
                ceilingRows.add(List.of(ceiling.name(), ceiling.productCell()));
            }
            table(text, List.of("ceiling", "measured"), ceilingRows);
        }
        return text.toString();
    }

    /** A Markdown table whose columns line up in a terminal as well. */
    /**
     * Prints the report with the lines that did not make it into the table, writes it to {@code output} and ends the
     * process, since the Kafka clients (and JMH's runner) may leave non-daemon threads behind.
     */
    static void publishAndExit(StringBuilder report, String remarksLabel, List<String> remarks, Path output)
            throws IOException {
        if (!remarks.isEmpty()) {
            report.append('\n').append(remarksLabel).append(": ").append(String.join("; ", remarks)).append('\n');
        }
        System.out.println();
        System.out.println(report);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
        System.out.println("Written to " + output);
        System.exit(0);
    }

    private static void table(StringBuilder text, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = header.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        line(text, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(text, rule, widths);
        rows.forEach(row -> line(text, row, widths));
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        text.append('|');
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            text.append(' ').append(cell).append(" ".repeat(widths[column] - cell.length())).append(" |");
        }
        text.append('\n');
    }
}

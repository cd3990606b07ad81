package org.warmintro.referral.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads one of the tab-separated O*NET files in {@code /onet} on the class path, skipping its header row. */
final class OnetFile {

    private OnetFile() {
    }

    static void forEachRow(String fileName, Consumer<String[]> rowConsumer) {
        String resource = "/onet/" + fileName;
        try (InputStream in = OnetFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The O*NET file " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    // the files end their lines with CRLF: strip() drops the CR with the other blanks
                    String[] fields = line.split("\t", -1);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].strip();
                    }
                    rowConsumer.accept(fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the O*NET file " + resource, e);
        }
    }
}

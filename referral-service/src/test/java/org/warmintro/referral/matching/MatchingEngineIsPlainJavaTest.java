package org.warmintro.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine stays plain Java, as its package documentation promises and the matching benchmark relies on (it puts
 * the engine on a class path without the service's Quarkus stack): no class of the package refers to CDI, Quarkus,
 * REST, JSON or MongoDB, nor to the service around it. Read from the compiled classes, so that a fully qualified name
 * or an annotation counts as much as an import.
 */
class MatchingEngineIsPlainJavaTest {

    private static final List<String> FORBIDDEN = List.of("jakarta/", "javax/", "io/quarkus/", "io/smallrye/",
            "org/eclipse/microprofile/", "com/fasterxml/", "com/mongodb/", "org/bson/", "org/jboss/");
    private static final String PROJECT = "org/warmintro/";
    private static final List<String> PROJECT_ALLOWED = List.of("org/warmintro/referral/matching/",
            "org/warmintro/referral/vocabulary/");

    @Test
    void noEngineClassRefersToAFrameworkStorageOrTheServiceAroundIt() throws IOException, URISyntaxException {
        Path classes = Path.of(Matcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Matcher.class.getPackageName().replace('.', '/'));
        List<Path> engineClasses;
        try (Stream<Path> files = Files.list(classes)) {
            engineClasses = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        assertThat(engineClasses).hasSizeGreaterThan(10);

        TreeSet<String> offending = new TreeSet<>();
        for (Path classFile : engineClasses) {
            try (InputStream in = Files.newInputStream(classFile)) {
                for (String text : utf8Constants(in)) {
                    if (FORBIDDEN.stream().anyMatch(text::contains) || refersToOtherProjectCode(text)) {
                        offending.add(classFile.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static boolean refersToOtherProjectCode(String text) {
        int at = text.indexOf(PROJECT);
        while (at >= 0) {
            String rest = text.substring(at);
            if (PROJECT_ALLOWED.stream().noneMatch(rest::startsWith)) {
                return true;
            }
            at = text.indexOf(PROJECT, at + 1);
        }
        return false;
    }

    /** The text constants of a class file: every class, descriptor and annotation it names is among them. */
    private static List<String> utf8Constants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    index++; // a long or a double takes two entries
                }
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        return texts;
    }
}

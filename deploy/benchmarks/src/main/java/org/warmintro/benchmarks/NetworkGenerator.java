package org.warmintro.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a LinkedIn "Connections.csv" export of a network of any size, with job titles as people write them (O*NET
 * alternate titles), so that imports and searches are measured on realistic words. Deterministic for a seed.
 *
 * <p>This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */
public final class NetworkGenerator {

    static final String PREAMBLE = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            """;

    private static final List<String> FIRST_NAMES = List.of("Annie", "Hugo", "Lena", "Jonas", "Sofie", "Pieter", "Élise",
            "Lucas", "Marie", "Noah", "Emma", "Louis", "Olivia", "Arthur", "Louise", "Jules", "Mila", "Victor", "Nina",
            "Adam", "Sarah", "Mohamed", "Fatima", "Wei", "Mei", "Yusuf", "Aylin", "Tomasz", "Zofia", "Kofi", "Amara",
            "Lars", "Ingrid", "Mateo", "Lucía", "Giulia", "Marco", "Chloé", "Baptiste", "Anouk", "Bram", "Femke", "Ruben",
            "Hanne", "Wout", "Lotte", "Sven", "Eline", "Thibault", "Camille");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent",
            "Wang", "Li", "Zhang", "Chen", "Nowak", "Kowalski", "Yilmaz", "Demir", "El Amrani", "Benali", "Mensah",
            "Okafor", "Rossi", "Bianchi", "García", "Fernández", "Müller", "Schmidt", "Jensen", "Nielsen", "Van den Berg",
            "De Vries", "Vermeulen", "Hermans");
    private static final List<String> COMPANY_STEMS = List.of("Brabant", "Scheldt", "Meuse", "Zenne", "Ardennes",
            "Flanders", "Sonian", "Atomium", "Kempen", "Leie", "Yser", "Dijle", "Nethe", "Hainaut", "Campine", "Ourthe",
            "Gaume", "Senne", "Durme", "Lesse");
    private static final List<String> COMPANY_KINDS = List.of("Media", "Logistics", "Health", "Bank", "Software",
            "Energy", "Foods", "Insurance", "Telecom", "Consulting", "Robotics", "Pharma", "Publishing", "Studios",
            "Analytics");
    private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private final List<String> titles;
    private final List<String> sharedWordTitles;
    private final double sharedWordShare;

    private NetworkGenerator(List<String> titles, List<String> sharedWordTitles, double sharedWordShare) {
        this.titles = titles;
        this.sharedWordTitles = sharedWordTitles;
        this.sharedWordShare = sharedWordShare;
    }

    /** Reads the job titles of {@code alternate-titles.txt} in the O*NET directory. */
    public static NetworkGenerator fromOnet(Path onetDirectory) {
        try (Stream<String> lines = Files.lines(onetDirectory.resolve("alternate-titles.txt"), StandardCharsets.UTF_8)) {
            List<String> titles = lines.skip(1).map(line -> line.split("\t")).filter(fields -> fields.length > 1)
                    .map(fields -> fields[1].strip()).filter(title -> !title.isEmpty()).distinct().toList();
            return new NetworkGenerator(titles, List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the O*NET titles in " + onetDirectory, e);
        }
    }

    public List<String> titles() {
        return titles;
    }

    /**
     * The same generator, except that a {@code share} (0 to 1) of the people have a job title with {@code word} in it,
     * as most of a network may be engineers or managers: a word most cards share, which a search must still answer
     * fast.
     */
    public NetworkGenerator withTitlesSharing(String word, double share) {
        Pattern whole = Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE);
        List<String> sharing = titles.stream().filter(title -> whole.matcher(title).find()).toList();
        if (sharing.isEmpty()) {
            throw new IllegalArgumentException("No O*NET title has the word " + word);
        }
        return new NetworkGenerator(titles, sharing, share);
    }

    public static List<String> companies() {
        return COMPANY_STEMS.stream().flatMap(stem -> COMPANY_KINDS.stream().map(kind -> stem + " " + kind)).toList();
    }

    public static List<String> firstNames() {
        return FIRST_NAMES;
    }

    /** A LinkedIn export of {@code size} people: every one has a profile URL, three in five an email address. */
    public String linkedInExport(int size, long seed) {
        Random random = new Random(seed);
        List<String> companies = companies();
        StringBuilder csv = new StringBuilder(PREAMBLE);
        LocalDate start = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < size; i++) {
            String first = pick(FIRST_NAMES, random);
            String last = pick(LAST_NAMES, random);
            String handle = slug(first + "-" + last) + "-" + Integer.toString(i, 36);
            String email = random.nextInt(5) < 3 ? handle + "@example.org" : "";
            csv.append(quoted(first)).append(',')
                    .append(quoted(last)).append(',')
                    .append("https://www.linkedin.com/in/").append(handle).append(',')
                    .append(email).append(',')
                    .append(quoted(pick(companies, random))).append(',')
                    .append(quoted(title(random))).append(',')
                    .append(start.plusDays(random.nextInt(5000)).format(CONNECTED_ON)).append('\n');
        }
        return csv.toString();
    }

    private String title(Random random) {
        boolean sharesTheWord = sharedWordShare > 0 && random.nextDouble() < sharedWordShare;
        return pick(sharesTheWord ? sharedWordTitles : titles, random);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String slug(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
